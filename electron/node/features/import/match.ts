/**
 * Checking an import sheet: the header against the documented columns, then
 * every row, cell by cell and across cells (dates in order, an outcome only for
 * a closed case). Labels are matched case- and accent-insensitively against the
 * app's taxonomies (labels.ts); an unknown label is a problem, never a guess.
 * Every problem names its row and column and is a code with parameters.
 */
import type { ImportColumn, ImportProblem } from '../../../../shared/api/import.js';
import { IMPORT_COLUMNS } from '../../../../shared/api/import.js';
import { KNELPUNT_WITH_SUB } from '../../../../shared/domain/advice.js';
import { ageOn, dutchToIso, isIsoDate } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/names.js';
import { COLUMNS, REQUIRED_COLUMNS, columnOf } from './columns.js';
import { normaliseLabel, type Taxonomies } from './labels.js';
import type { Sheet } from './parse.js';

/** One valid row, as codes and ISO dates ('' / [] where the file left it empty). */
export interface RowPlan {
  row: number;
  referredOn: string;
  birthDate: string;
  municipality: string;
  referrerType: string;
  questionTypes: string[];
  problemAreas: string[];
  living: string;
  disruptions: string[];
  /** The date of (first) discussion: the file's datum bespreking, else its datum advies, else ''. */
  discussedOn: string;
  adviceOn: string;
  /** '' = the team's default weight (as a new advice in the app gets). */
  weight: string;
  activities: string[];
  closedOn: string;
  closureReason: string;
  fittingPlace: string;
  placeType: string;
  knelpunt: string;
  achterliggend: string;
  firstName: string;
  lastName: string;
  /** As the case list will show them ('' when the file names no one). */
  initials: string;
}

export interface SheetCheck {
  plans: RowPlan[];
  problems: ImportProblem[];
}

/** Oldest age at referral a youth may have (as the referral form's birth-date rule). */
const MAX_AGE = 30;

/** 'dd-mm-jjjj' (also d-m-jjjj, with / or .) or 'jjjj-mm-dd' (what a spreadsheet's date cell gives) -> ISO, or null. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(t)
    ? t.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (_m, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`)
    : dutchToIso(t);
  return isIsoDate(iso) ? iso : null;
}

/** Names from a file that gives only initials ("J.M.B.", "J M B", "IJ.v.d.B."): lower-case particles dropped. */
export function namesFromInitials(text: string): { firstName: string; lastName: string } {
  const letters = text
    .split(/[.\s]+/)
    .filter((p) => p !== '' && /\p{L}/u.test(p) && p !== p.toLowerCase())
    .map((p) => `${p}.`);
  if (letters.length === 0) return { firstName: '', lastName: '' };
  return { firstName: letters.slice(0, -1).join(' '), lastName: letters[letters.length - 1]! };
}

/**
 * A full name in one cell: the first word as the given name, the rest as the surname. Only the
 * initials depend on the split, and they come out the same either way ("Anna Maria de Vries" and
 * "Sanne van 't Kruis" give A.M.V. and S.K.); the name itself is kept as written.
 */
export function splitName(full: string): { firstName: string; lastName: string } {
  const [first = '', ...rest] = full.trim().split(/\s+/);
  return { firstName: first, lastName: rest.join(' ') };
}

/** Which header cell holds which column; problems for unknown, duplicate and missing required columns. */
export function mapHeader(header: string[]): { at: Map<ImportColumn, number>; problems: ImportProblem[] } {
  const at = new Map<ImportColumn, number>();
  const problems: ImportProblem[] = [];
  header.forEach((h, i) => {
    if (h.trim() === '') return;
    const col = columnOf(h);
    if (!col) problems.push({ row: 1, column: h, code: 'column_unknown', params: { value: h.slice(0, 80) } });
    else if (at.has(col)) problems.push({ row: 1, column: col, code: 'column_duplicate', params: {} });
    else at.set(col, i);
  });
  for (const col of REQUIRED_COLUMNS) {
    if (!at.has(col)) problems.push({ row: 1, column: col, code: 'column_missing', params: {} });
  }
  return { at, problems };
}

export interface CheckOptions {
  taxonomies: Taxonomies;
  /** Today (ISO): dates after it are refused. */
  today: string;
  /** Municipality names already in the vault: a name equal to one but for case or accents takes its spelling. */
  municipalities: readonly string[];
}

export function checkSheet(sheet: Sheet, opts: CheckOptions): SheetCheck {
  const { at, problems } = mapHeader(sheet.header);
  const plans: RowPlan[] = [];
  // A header problem makes every row's meaning doubtful: report it alone.
  if (problems.length > 0) return { plans, problems };
  const spelling = new Map(opts.municipalities.map((m) => [normaliseLabel(m), m]));
  // A file repeats the same few labels thousands of times: normalise each text once.
  const seen = new Map<string, string>();
  const normalised = (text: string) => {
    let n = seen.get(text);
    if (n === undefined) seen.set(text, (n = normaliseLabel(text)));
    return n;
  };
  const columns = [...at.entries()];
  for (const r of sheet.rows) {
    const cells = new Map<ImportColumn, string>(columns.map(([c, i]) => [c, (r.cells[i] ?? '').trim()]));
    const { plan, problems: rowProblems } = checkRow(r.row, (c) => cells.get(c) ?? '', { ...opts, normalised }, spelling);
    if (plan) plans.push(plan);
    problems.push(...rowProblems);
  }
  return { plans, problems };
}

function checkRow(
  row: number,
  cell: (c: ImportColumn) => string,
  opts: CheckOptions & { normalised: (text: string) => string },
  spelling: Map<string, string>,
): { plan: RowPlan | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn, code: ImportProblem['code'], params: ImportProblem['params'] = {}) =>
    problems.push({ row, column, code, params });
  const value: Partial<Record<ImportColumn, string | string[]>> = {};

  for (const col of IMPORT_COLUMNS) {
    const raw = cell(col);
    const def = COLUMNS[col];
    if (raw === '') {
      if (def.required) problem(col, 'required');
      continue;
    }
    const t = def.type;
    if (t.kind === 'text') {
      if (raw.length > t.max) problem(col, 'too_long', { max: t.max });
      else value[col] = raw.replace(/\s+/g, ' ');
    } else if (t.kind === 'date') {
      const iso = parseDate(raw);
      if (!iso) problem(col, 'date_invalid', { value: raw.slice(0, 40) });
      else if (iso > opts.today) problem(col, 'date_future', { value: raw.slice(0, 40) });
      else value[col] = iso;
    } else {
      const known = opts.taxonomies[t.taxonomy];
      const parts = t.kind === 'labels' ? raw.split('|') : [raw];
      const codes: string[] = [];
      for (const part of parts.map((p) => p.trim()).filter((p) => p !== '')) {
        const code = known.get(opts.normalised(part));
        if (code === undefined) problem(col, 'label_unknown', { value: part.slice(0, 80) });
        else if (!codes.includes(code)) codes.push(code);
      }
      value[col] = t.kind === 'labels' ? codes : (codes[0] ?? '');
    }
  }

  const str = (c: ImportColumn) => (typeof value[c] === 'string' ? (value[c] as string) : '');
  const list = (c: ImportColumn) => (Array.isArray(value[c]) ? (value[c] as string[]) : []);
  const referredOn = str('aanmelddatum');
  const birthDate = str('geboortedatum');
  const discussedOn = str('datum bespreking');
  const adviceOn = str('datum advies');
  const closedOn = str('afsluitdatum');
  const given = (c: ImportColumn) => cell(c) !== '';

  // Dates in order: born before the referral; discussion, advice and closing in that order, none before the referral.
  if (birthDate && referredOn) {
    if (referredOn < birthDate) problem('aanmelddatum', 'date_before', { other: 'geboortedatum' });
    else if (ageOn(birthDate, referredOn) > MAX_AGE) problem('geboortedatum', 'birth_too_old', { max: MAX_AGE });
  }
  const order: [ImportColumn, string][] = [
    ['aanmelddatum', referredOn],
    ['datum bespreking', discussedOn],
    ['datum advies', adviceOn],
    ['afsluitdatum', closedOn],
  ];
  order.forEach(([col, date], i) => {
    if (!date || i === 0) return;
    // The earliest date it precedes: closing before the referral says more than closing before the advice.
    const before = order.slice(0, i).find(([, d]) => d !== '' && date < d);
    if (before) problem(col, 'date_before', { other: before[0] });
  });

  // Verstoringen belong to a discussion; the weight and what the team did to an advice; outcome and knelpunten to a closed case.
  if (given('verstoringen') && !given('datum bespreking') && !given('datum advies')) {
    problem('verstoringen', 'needs_discussion', { other: 'datum bespreking' });
  }
  for (const c of ['gewicht advies', 'wat het team deed'] as const) {
    if (given(c) && !given('datum advies')) problem(c, 'needs_advice', { other: 'datum advies' });
  }
  const closing: ImportColumn[] = ['reden afsluiting', 'uitkomst', 'verblijfssituatie na afsluiting', 'meest bepalende knelpunt', 'achterliggend knelpunt'];
  if (!given('afsluitdatum')) {
    for (const c of closing) if (given(c)) problem(c, 'needs_closure', { other: 'afsluitdatum' });
  } else {
    // A case with an advice closes only with its outcome (as in the app); so does one that names either part.
    const needsOutcome = given('datum advies') || given('uitkomst') || given('meest bepalende knelpunt');
    if (needsOutcome && !given('uitkomst')) problem('uitkomst', 'outcome_required');
    if (needsOutcome && !given('meest bepalende knelpunt')) problem('meest bepalende knelpunt', 'outcome_required');
    const knelpunt = str('meest bepalende knelpunt');
    if (knelpunt === KNELPUNT_WITH_SUB && !given('achterliggend knelpunt')) problem('achterliggend knelpunt', 'achterliggend_required');
    if (knelpunt && knelpunt !== KNELPUNT_WITH_SUB && given('achterliggend knelpunt')) {
      problem('achterliggend knelpunt', 'achterliggend_not_applicable', { other: 'meest bepalende knelpunt' });
    }
  }

  if (problems.length > 0) return { plan: null, problems };

  // Names are optional: voornaam + achternaam, else the full naam, else the initialen, else none.
  const byName = str('voornaam') !== '' || str('achternaam') !== '';
  const names = byName
    ? { firstName: str('voornaam'), lastName: str('achternaam') }
    : str('naam') !== ''
      ? splitName(str('naam'))
      : namesFromInitials(str('initialen'));
  const municipality = str('gemeente');
  const key = opts.normalised(municipality);
  if (!spelling.has(key)) spelling.set(key, municipality);
  return {
    problems,
    plan: {
      row,
      referredOn,
      birthDate,
      municipality: spelling.get(key)!,
      referrerType: str('aanmelder type'),
      questionTypes: list('type hulpvraag'),
      problemAreas: list('probleemgebieden'),
      living: str('verblijfssituatie'),
      disruptions: list('verstoringen'),
      discussedOn: discussedOn || adviceOn,
      adviceOn,
      weight: str('gewicht advies'),
      activities: list('wat het team deed'),
      closedOn,
      closureReason: str('reden afsluiting'),
      fittingPlace: str('uitkomst'),
      placeType: str('verblijfssituatie na afsluiting'),
      knelpunt: str('meest bepalende knelpunt'),
      achterliggend: str('achterliggend knelpunt'),
      firstName: names.firstName,
      lastName: names.lastName,
      initials: initials(names.firstName, names.lastName),
    },
  };
}

