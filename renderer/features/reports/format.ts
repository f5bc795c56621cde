/** Showing the backend's cells: a count as a number in the UI's language, or the backend's "<5" / "x". */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell, ReportLang } from '../../../shared/api/index';

export function useReportLang(): ReportLang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

export function useCellFormat() {
  const lang = useReportLang();
  const { t } = useTranslation('reports');
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const count = useCallback(
    (cell: Cell) => (cell.hidden === 'none' && cell.n !== null ? new Intl.NumberFormat(locale).format(cell.n) : cell.display),
    [locale],
  );
  const pct = useCallback(
    (cell: Cell) =>
      cell.pct === null ? '' : t('table.pctOf', { pct: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cell.pct) }),
    [locale, t],
  );
  const days = useCallback((n: number | null) => (n === null ? t('lead.none') : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)), [locale, t]);
  return { count, pct, days };
}
