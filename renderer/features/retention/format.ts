/** Dates on the retention screens: dd-mm-jjjj, with the time where it matters. */
import dayjs from 'dayjs';
import { dutchToIso, isIsoDate } from '../../../shared/domain/dates';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD-MM-YYYY') : iso;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD-MM-YYYY HH:mm') : iso;
}

/** What the user typed as dd-mm-jjjj, as ISO; null when it is no date. */
export function typedDate(text: string): string | null {
  const iso = dutchToIso(text);
  return isIsoDate(iso) ? iso : null;
}
