/** Calendar dates travel as ISO 'YYYY-MM-DD' strings; users type 'dd-mm-jjjj'. */

/** True when `iso` is an existing calendar date in YYYY-MM-DD form. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Today's date (local time) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** 'dd-mm-jjjj' (also d-m-jjjj, with / or .) -> ISO; anything else is returned unchanged so validation can flag it. */
export function dutchToIso(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** ISO -> 'dd-mm-jjjj'; non-ISO text is returned unchanged. */
export function isoToDutch(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** Whole years between an ISO birth date and `on` (ISO, default today). */
export function ageOn(birthIso: string, onIso: string = todayIso()): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The ISO date `years` years before `onIso` (for age-range filters). */
export function yearsBefore(onIso: string, years: number): string {
  const [y, m, d] = onIso.split('-');
  return `${Number(y) - years}-${m}-${d}`;
}
