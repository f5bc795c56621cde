/** Shared wording: "Laatste geslaagde back-up: 9 dagen geleden", sizes, dates. */
import type { TFunction } from 'i18next';
import type { BackupStatus } from '../../../shared/api/index';

export function lastSuccessText(t: TFunction, s: Pick<BackupStatus, 'lastSuccessAt' | 'daysSinceSuccess'>): string {
  if (!s.lastSuccessAt || s.daysSinceSuccess === null) return t('backups:last.never');
  if (s.daysSinceSuccess === 0) return t('backups:last.today');
  return t('backups:last.ago', { count: s.daysSinceSuccess });
}

export function megabytes(bytes: number, lang: string): string {
  return (bytes / 1024 / 1024).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
