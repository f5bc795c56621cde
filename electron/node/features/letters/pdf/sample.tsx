/** A sample letter on a letterhead being edited (Instellingen > Briefpapier): no client data. */
import { Document, Text } from '@react-pdf/renderer';
import type { LetterLang } from '../../../../../shared/api/letters.js';
import type { LetterheadData } from '../letters.sql.js';
import { LetterPage, Meta, Signature, s } from './frame.js';
import { longDate, translator } from './text.js';

export function SampleLetter({ lang, letterhead, date }: { lang: LetterLang; letterhead: LetterheadData; date: string }) {
  const t = translator(lang);
  return (
    <Document
      title={t('sample.title')}
      creator="Adviestafel"
      producer="Adviestafel"
      language={lang === 'nl' ? 'nl-NL' : 'en'}
      creationDate={new Date(`${date}T00:00:00Z`)}
    >
      <LetterPage t={t} letterhead={letterhead} confidential={t('sample.footer')}>
        <Meta rows={[[t('date'), longDate(lang, date)], [t('subject'), t('sample.subject')]]} />
        <Text style={s.para}>{t('professional.salutation')}</Text>
        <Text style={s.para}>{t('sample.text')}</Text>
        <Signature t={t} letterhead={letterhead} fallbackName="" />
      </LetterPage>
    </Document>
  );
}
