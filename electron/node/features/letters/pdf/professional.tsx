/** The Adviesbrief: the approved advice in full, to the referrer and the addressed parties. */
import { Document, Text, View } from '@react-pdf/renderer';
import type { AdviceVersion } from '../../../../../shared/api/advice-types.js';
import type { LetterLang } from '../../../../../shared/api/letters.js';
import type { LetterheadData } from '../letters.sql.js';
import { LetterPage, Meta, Paras, Section, Signature, s } from './frame.js';
import { longDate, shortDate, translator } from './text.js';

export interface ProfessionalModel {
  lang: LetterLang;
  letterhead: LetterheadData;
  caseCode: string;
  reference: string;
  date: string;
  referrer: { name: string; organisation: string };
  advice: AdviceVersion;
}

export const professionalTitle = (m: Pick<ProfessionalModel, 'lang' | 'caseCode'>) =>
  translator(m.lang)('professional.title', { code: m.caseCode });

export function ProfessionalLetter(m: ProfessionalModel) {
  const t = translator(m.lang);
  const a = m.advice;
  const to = [m.referrer.name, m.referrer.organisation].filter(Boolean).join(', ');
  const who = (kind: string, name: string) => [t(`addressee.${kind}`), name].filter(Boolean).join(': ');
  const director =
    a.director.kind === ''
      ? ''
      : [t(`director.${a.director.kind}`), a.director.name].filter(Boolean).join(', ');
  const basis = a.weightBasis
    ? a.weightBasisDate
      ? t('professional.weightBasisDate', { basis: a.weightBasis, date: shortDate(a.weightBasisDate) })
      : t('professional.weightBasis', { basis: a.weightBasis })
    : '';
  return (
    <Document
      title={professionalTitle(m)}
      subject={t('professional.subject', { code: m.caseCode })}
      author={m.letterhead.teamName}
      creator="Adviestafel"
      producer="Adviestafel"
      language={m.lang === 'nl' ? 'nl-NL' : 'en'}
      creationDate={new Date(`${m.date}T00:00:00Z`)}
    >
      <LetterPage t={t} letterhead={m.letterhead} confidential={t('professional.footer')}>
        <View style={s.to}>
          <Text>{to || t('professional.toAll')}</Text>
          {to !== '' && <Text style={s.small}>{t('professional.toAll')}</Text>}
        </View>
        <Meta
          rows={[
            [t('date'), longDate(m.lang, m.date)],
            [t('reference'), m.reference],
            [t('subject'), t('professional.subject', { code: m.caseCode })],
          ]}
        />
        <Text style={s.para}>{t('professional.salutation')}</Text>
        <Text style={s.para}>{t('professional.intro', { code: m.caseCode, date: longDate(m.lang, a.adviceDate || m.date) })}</Text>
        <Section title={t('professional.question')} show={a.questionSummary.trim() !== ''}>
          <Paras text={a.questionSummary} />
        </Section>
        <Section title={t('professional.analysis')} show={a.analysis.trim() !== ''}>
          <Paras text={a.analysis} />
        </Section>
        <Section title={t('professional.items')} show={a.items.length > 0}>
          {a.items.map((item, i) => (
            <View key={item.key} style={s.item}>
              <Text style={s.itemNo}>{i + 1}.</Text>
              <View style={s.itemBody}>
                <Text style={s.bold}>
                  {t(`category.${item.category}`)}
                  {item.financingRoute ? ` (${t(`financing.${item.financingRoute}`)})` : ''}
                </Text>
                <Paras text={item.text} />
                <Text style={s.small}>{t('professional.itemFor', { who: who(item.addresseeKind, item.addresseeName) })}</Text>
                {item.deadline !== '' && (
                  <Text style={s.small}>{t('professional.itemDeadline', { date: shortDate(item.deadline) })}</Text>
                )}
              </View>
            </View>
          ))}
        </Section>
        <Section title={t('professional.weight')}>
          <Text style={s.para}>{t('professional.weightText', { weight: t(`weight.${a.weight}`) })}</Text>
          {basis !== '' && <Text style={s.para}>{basis}</Text>}
        </Section>
        <Section title={t('professional.director')} show={director !== ''}>
          <Text style={s.para}>{t('professional.directorText', { who: director })}</Text>
        </Section>
        <Section title={t('professional.askBack')}>
          <Text style={s.para}>{t('professional.askBackText')}</Text>
        </Section>
        <Section title={t('professional.contact')}>
          <Text style={s.para}>{t('professional.contactText')}</Text>
          <Text style={s.small}>
            {t('professional.version', { version: a.version, date: shortDate(a.approvedAt ?? a.adviceDate) })}
          </Text>
        </Section>
        <Signature t={t} letterhead={m.letterhead} fallbackName={a.approvedBy} />
      </LetterPage>
    </Document>
  );
}
