/** The besluitenlijst of a meeting (internal): attendance and, per case code, the decision. No names of youths. */
import { Document, Text, View } from '@react-pdf/renderer';
import type { LetterLang } from '../../../../../shared/api/letters.js';
import type { Attendee, DecisionRow } from '../../../../../shared/api/index.js';
import type { LetterheadData } from '../letters.sql.js';
import { LetterPage, Meta, Section, s } from './frame.js';
import { longDate, translator } from './text.js';

export interface BesluitenlijstModel {
  lang: LetterLang;
  letterhead: LetterheadData;
  reference: string;
  date: string;
  meetingDate: string;
  status: 'concept' | 'vastgesteld';
  version: number;
  /** Case code, decision code and the summary as established; never the youth's name. */
  items: Pick<DecisionRow, 'caseCode' | 'decision' | 'summary'>[];
  attendance: Pick<Attendee, 'name' | 'sector' | 'status' | 'replacedBy'>[];
}

export const besluitenlijstTitle = (m: { lang: LetterLang; meetingDate: string }) =>
  translator(m.lang)('besluitenlijst.title', { date: longDate(m.lang, m.meetingDate) });

export function Besluitenlijst(m: BesluitenlijstModel) {
  const t = translator(m.lang);
  const when = longDate(m.lang, m.meetingDate);
  const attendee = (a: BesluitenlijstModel['attendance'][number]) => {
    const status = t(`attendance.${a.status}`);
    const state = a.status === 'vervangen' && a.replacedBy ? t('besluitenlijst.replacedBy', { status, name: a.replacedBy }) : status;
    return `${a.name} (${t(`sector.${a.sector}`)}): ${state}`;
  };
  return (
    <Document
      title={besluitenlijstTitle(m)}
      subject={t('besluitenlijst.subject', { date: when })}
      author={m.letterhead.teamName}
      creator="Adviestafel"
      producer="Adviestafel"
      language={m.lang === 'nl' ? 'nl-NL' : 'en'}
      creationDate={new Date(`${m.date}T00:00:00Z`)}
    >
      <LetterPage t={t} letterhead={m.letterhead} confidential={t('besluitenlijst.footer')}>
        <Meta
          rows={[
            [t('date'), longDate(m.lang, m.date)],
            [t('reference'), m.reference],
            [t('subject'), t('besluitenlijst.subject', { date: when })],
          ]}
        />
        <Text style={s.para}>
          {m.status === 'vastgesteld'
            ? t('besluitenlijst.status.vastgesteld', { version: m.version })
            : t('besluitenlijst.status.concept')}
        </Text>
        <Section title={t('besluitenlijst.attendance')} show={m.attendance.length > 0}>
          {m.attendance.map((a, i) => (
            <Text key={i}>{attendee(a)}</Text>
          ))}
        </Section>
        <Section title={t('besluitenlijst.decisions')}>
          {m.items.length === 0 ? (
            <Text style={s.para}>{t('besluitenlijst.none')}</Text>
          ) : (
            <View style={s.table}>
              <View style={[s.tr, s.th]}>
                <Text style={[s.bold, { width: 90 }]}>{t('besluitenlijst.case')}</Text>
                <Text style={[s.bold, { width: 110 }]}>{t('besluitenlijst.decision')}</Text>
                <Text style={[s.bold, { flex: 1 }]}>{t('besluitenlijst.summary')}</Text>
              </View>
              {m.items.map((row, i) => (
                <View key={i} style={s.tr} wrap={false}>
                  <Text style={{ width: 90 }}>{row.caseCode}</Text>
                  <Text style={{ width: 110 }}>{row.decision ? t(`decision.${row.decision}`) : t('besluitenlijst.noDecision')}</Text>
                  <Text style={{ flex: 1 }}>{row.summary}</Text>
                </View>
              ))}
            </View>
          )}
        </Section>
      </LetterPage>
    </Document>
  );
}
