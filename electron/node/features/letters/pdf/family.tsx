/**
 * The letter to the youth and parents: plain Dutch (B1), short sentences. Its advice content is
 * ONLY what the field-safety declaration lets through (shared/domain/visibility.ts): the model
 * is built with pickFamilySafe / familySafeItems, so an undeclared field cannot reach the page.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import type { AdviceItem, AdviceVersion } from '../../../../../shared/api/advice-types.js';
import type { LetterLang } from '../../../../../shared/api/letters.js';
import {
  familySafeItems,
  pickFamilySafe,
  type FamilySafe,
} from '../../../../../shared/domain/visibility.js';
import type { LetterheadData } from '../letters.sql.js';
import { Bullets, LetterPage, Meta, Paras, Section, Signature, s } from './frame.js';
import { longDate, shortDate, translator } from './text.js';

export interface FamilyModel {
  lang: LetterLang;
  letterhead: LetterheadData;
  reference: string;
  date: string;
  case: FamilySafe<'case', { code: string; questionFamily: string }>;
  advice: FamilySafe<'advice', AdviceVersion>;
  items: FamilySafe<'adviceItem', AdviceItem>[];
}

/** The only way in: the declaration decides what the family letter may hold. */
export function familyModel(
  base: { lang: LetterLang; letterhead: LetterheadData; reference: string; date: string },
  c: { code: string; questionFamily: string },
  advice: AdviceVersion,
): FamilyModel {
  return { ...base, case: pickFamilySafe('case', c), advice: pickFamilySafe('advice', advice), items: familySafeItems(advice.items) };
}

export const familyTitle = (m: { lang: LetterLang; code: string }) => translator(m.lang)('family.title', { code: m.code });

export function FamilyLetter(m: FamilyModel) {
  const t = translator(m.lang);
  const code = m.case.code ?? '';
  const question = (m.case.questionFamily ?? '').trim();
  const summary = (m.advice.questionSummary ?? '').trim();
  const weight = m.advice.weight ?? 'advies';
  const who = (kind: string, name: string) => [t(`addressee.${kind}`), name].filter(Boolean).join(': ');
  return (
    <Document
      title={familyTitle({ lang: m.lang, code })}
      subject={t('family.subject')}
      author={m.letterhead.teamName}
      creator="Adviestafel"
      producer="Adviestafel"
      language={m.lang === 'nl' ? 'nl-NL' : 'en'}
      creationDate={new Date(`${m.date}T00:00:00Z`)}
    >
      <LetterPage t={t} letterhead={m.letterhead} confidential={t('family.footer')}>
        <View style={s.to}>
          <Text>{t('family.to')}</Text>
        </View>
        <Meta
          rows={[
            [t('date'), longDate(m.lang, m.date)],
            [t('reference'), m.reference],
            [t('subject'), t('family.subject')],
          ]}
        />
        <Text style={s.para}>{t('family.salutation')}</Text>
        <Text style={s.para}>{t('family.intro', { date: longDate(m.lang, m.advice.adviceDate || m.date) })}</Text>
        <Section title={t('family.question')} show={question !== '' || summary !== ''}>
          {question !== '' && <Text style={s.small}>{t('family.questionText')}</Text>}
          {question !== '' && <Paras text={question} />}
          {summary !== '' && <Text style={s.small}>{t('family.summary')}</Text>}
          {summary !== '' && <Paras text={summary} />}
        </Section>
        <Section title={t('family.advice')} show={m.items.length > 0}>
          {m.items.map((item, i) => (
            <View key={i} style={s.item}>
              <Text style={s.itemNo}>{i + 1}.</Text>
              <View style={s.itemBody}>
                <Paras text={item.text ?? ''} />
                <Text style={s.small}>{t('family.itemFor', { who: who(item.addresseeKind ?? 'anders', item.addresseeName ?? '') })}</Text>
                {item.deadline ? <Text style={s.small}>{t('family.itemDeadline', { date: shortDate(item.deadline) })}</Text> : null}
              </View>
            </View>
          ))}
        </Section>
        <Section title={t('family.weight')}>
          <Text style={s.para}>{t(`family.weight.${weight}`)}</Text>
        </Section>
        <Section title={t('family.next')}>
          <Bullets lines={[t('family.nextText1'), t('family.nextText2'), t('family.nextText3'), t('family.nextText4')]} />
        </Section>
        <Section title={t('family.disagree')}>
          <Bullets lines={[t('family.disagreeText1'), t('family.disagreeText2'), t('family.disagreeText3')]} />
        </Section>
        <Text style={[s.small, { marginTop: 4 }]}>{code}</Text>
        <Signature t={t} letterhead={m.letterhead} fallbackName="" />
      </LetterPage>
    </Document>
  );
}
