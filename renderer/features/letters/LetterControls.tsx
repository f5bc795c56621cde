/** Pieces the case letters and the meeting's besluitenlijst share: the language choice and the outcome line. */
import { Alert, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterLang } from '../../../shared/api/index';

/** The language choice (Nederlands / Engels); `label` names it when it is not a letter (e.g. the inzage-export). */
export function LangControl({ value, onChange, label }: { value: LetterLang; onChange: (lang: LetterLang) => void; label?: string }) {
  const { t } = useTranslation('letters');
  return (
    <SegmentedControl
      aria-label={label ?? t('lang.label')}
      value={value}
      onChange={(v) => onChange(v as LetterLang)}
      data={[
        { value: 'nl', label: t('lang.nl') },
        { value: 'en', label: t('lang.en') },
      ]}
    />
  );
}

/** What the last action came to: a failure (alert) or a recorded letter (status). */
export function LetterOutcome({ failure, recorded }: { failure: string | null | undefined; recorded: string | null | undefined }) {
  return (
    <>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {recorded && (
        <Alert color="green" role="status">
          {recorded}
        </Alert>
      )}
    </>
  );
}
