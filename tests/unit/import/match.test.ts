/** Checking import rows: labels (case- and accent-insensitive, never guessed), dates, required columns, rules across columns. */
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../shared/api/import.js';
import { DEFAULT_PROBLEM_AREAS } from '../../../shared/domain/taxonomies.js';
import { columnOf } from '../../../electron/node/features/import/columns.js';
import { fixedLabels, normaliseLabel, type Taxonomies } from '../../../electron/node/features/import/labels.js';
import { checkSheet, namesFromInitials, parseDate } from '../../../electron/node/features/import/match.js';
import { CLOSED, HEADER, OPEN, type Row } from './files.js';

const index = (list: { code: string; nl: string }[]) => new Map(list.map((l) => [normaliseLabel(l.nl), l.code]));
const taxonomies = {
  ...Object.fromEntries(
    (['referrerType', 'questionType', 'living', 'closure', 'activity', 'disruption', 'knelpunt', 'achterliggend', 'fitting', 'weight'] as const).map((k) => [
      k,
      index(fixedLabels(k)),
    ]),
  ),
  problemArea: index(DEFAULT_PROBLEM_AREAS.map((a) => ({ code: a.id, nl: a.nl }))),
} as Taxonomies;

function check(rows: Row[], header: readonly string[] = HEADER, municipalities: string[] = []) {
  return checkSheet(
    { header: [...header], rows: rows.map((r, i) => ({ row: i + 2, cells: header.map((h) => r[h] ?? '') })) },
    { taxonomies, today: '2026-06-30', municipalities },
  );
}
const codes = (problems: ImportProblem[]) => problems.map((p) => `${p.row}:${p.column}:${p.code}`);

describe('labels', () => {
  it('match the app’s Dutch labels whatever the case, accents or spacing', () => {
    const { plans, problems } = check([
      {
        ...OPEN,
        'aanmelder type': 'LOKALE TOEGANG / WIJKTEAM',
        'type hulpvraag': 'coordinatie | Zoeken naar aanbod: BEHANDELING',
        probleemgebieden: 'suicidaliteit|gezins- en opvoedproblematiek| lvb / lagere intelligentie ',
        verblijfssituatie: 'jeugdzorgplus (GESLOTEN)',
      },
    ]);
    expect(problems).toEqual([]);
    expect(plans[0]).toMatchObject({
      referrerType: 'lokale_toegang',
      questionTypes: ['coordinatie', 'aanbod_behandeling'],
      problemAreas: ['suicidaliteit', 'gezin_opvoeding', 'lvb'],
      living: 'jeugdzorgplus',
    });
  });

  it('an unknown label is a problem with row, column and the value, never a guess', () => {
    const { plans, problems } = check([CLOSED, { ...OPEN, 'aanmelder type': 'Wijkteam', probleemgebieden: 'Autisme|Autistisch' }]);
    expect(plans).toHaveLength(1);
    expect(problems).toEqual([
      { row: 3, column: 'aanmelder type', code: 'label_unknown', params: { value: 'Wijkteam' } },
      { row: 3, column: 'probleemgebieden', code: 'label_unknown', params: { value: 'Autistisch' } },
    ]);
  });

  it('a label repeated in one cell counts once', () => {
    const { plans } = check([{ ...OPEN, probleemgebieden: 'Trauma|trauma|TRAUMA' }]);
    expect(plans[0]!.problemAreas).toEqual(['trauma']);
  });
});

describe('header', () => {
  it('matches headers like labels and refuses unknown, doubled and missing required columns', () => {
    expect(columnOf('Aanmelder_Type')).toBe('aanmelder type');
    expect(columnOf('  DATUM-ADVIES ')).toBe('datum advies');
    const { plans, problems } = check([OPEN], ['aanmelddatum', 'gemeente', 'Gemeente', 'opmerkingen']);
    expect(plans).toEqual([]);
    expect(codes(problems)).toEqual(['1:gemeente:column_duplicate', '1:opmerkingen:column_unknown', '1:geboortedatum:column_missing']);
  });
});

describe('dates', () => {
  it('reads dd-mm-jjjj (also d-m-jjjj, / and .) and jjjj-mm-dd; refuses impossible dates', () => {
    expect(parseDate('03-02-2024')).toBe('2024-02-03');
    expect(parseDate('3/2/2024')).toBe('2024-02-03');
    expect(parseDate('3.2.2024')).toBe('2024-02-03');
    expect(parseDate('2024-2-3')).toBe('2024-02-03');
    expect(parseDate('31-02-2024')).toBeNull();
    expect(parseDate('29-02-2023')).toBeNull();
    expect(parseDate('2024/02/03')).toBeNull();
    expect(parseDate('feb 2024')).toBeNull();
  });

  it('reports an impossible date, a future date and a missing required value per row and column', () => {
    const { problems } = check([{ ...OPEN, aanmelddatum: '31-02-2024' }, { ...OPEN, geboortedatum: '' }, { ...OPEN, aanmelddatum: '01-01-2027' }]);
    expect(problems).toEqual([
      { row: 2, column: 'aanmelddatum', code: 'date_invalid', params: { value: '31-02-2024' } },
      { row: 3, column: 'geboortedatum', code: 'required', params: {} },
      { row: 4, column: 'aanmelddatum', code: 'date_future', params: { value: '01-01-2027' } },
    ]);
  });

  it('refuses dates out of order: closing before referral or advice, advice before referral, born after referral', () => {
    const { problems } = check([
      { ...CLOSED, afsluitdatum: '01-02-2024' },
      { ...CLOSED, 'datum advies': '01-01-2024', afsluitdatum: '' , uitkomst: '', 'meest bepalende knelpunt': '', 'achterliggend knelpunt': '' },
      { ...CLOSED, afsluitdatum: '10-03-2024' },
      { ...OPEN, geboortedatum: '11-01-2025' },
      { ...OPEN, geboortedatum: '01-01-1990' },
    ]);
    expect(codes(problems)).toEqual([
      '2:afsluitdatum:date_before',
      '3:datum advies:date_before',
      '4:afsluitdatum:date_before',
      '5:aanmelddatum:date_before',
      '6:geboortedatum:birth_too_old',
    ]);
    expect(problems[0]!.params).toEqual({ other: 'aanmelddatum' });
    expect(problems[2]!.params).toEqual({ other: 'datum advies' });
  });
});

describe('rules across columns', () => {
  it('an outcome needs a closing date; a closed case with an advice needs its outcome and knelpunt', () => {
    const { problems } = check([
      { ...OPEN, uitkomst: 'Ja' },
      { ...CLOSED, uitkomst: '', 'meest bepalende knelpunt': '', 'achterliggend knelpunt': '' },
    ]);
    expect(codes(problems)).toEqual(['2:uitkomst:needs_closure', '3:uitkomst:outcome_required', '3:meest bepalende knelpunt:outcome_required']);
  });

  it('the achterliggend knelpunt only under "Gevraagd aanbod ontbreekt", and required there', () => {
    const { problems } = check([
      { ...CLOSED, 'achterliggend knelpunt': '' },
      { ...CLOSED, 'meest bepalende knelpunt': 'Financiering' },
      { ...CLOSED, 'meest bepalende knelpunt': 'Financiering', 'achterliggend knelpunt': '' },
    ]);
    expect(codes(problems)).toEqual(['2:achterliggend knelpunt:achterliggend_required', '3:achterliggend knelpunt:achterliggend_not_applicable']);
  });

  it('what the team did and the weight need an advice date; verstoringen a discussion (or advice) date', () => {
    const header = [...HEADER, 'gewicht advies', 'datum bespreking'];
    const { plans, problems } = check(
      [
        { ...OPEN, 'wat het team deed': 'Advies', 'gewicht advies': 'Bindend advies', verstoringen: 'Wettelijk' },
        { ...OPEN, 'datum bespreking': '20-01-2025', verstoringen: 'Wettelijk|Verstoorde werkrelaties' },
      ],
      header,
    );
    expect(codes(problems)).toEqual(['2:verstoringen:needs_discussion', '2:gewicht advies:needs_advice', '2:wat het team deed:needs_advice']);
    expect(plans[0]).toMatchObject({ discussedOn: '2025-01-20', disruptions: ['wettelijk', 'verstoorde_werkrelaties'], adviceOn: '' });
  });

  it('a full closed row becomes one plan with codes and ISO dates; discussed on the advice date when no discussion date is given', () => {
    const { plans, problems } = check([CLOSED]);
    expect(problems).toEqual([]);
    expect(plans[0]).toEqual({
      row: 2,
      referredOn: '2024-02-03',
      birthDate: '2010-03-14',
      municipality: 'Zuiderdam',
      referrerType: 'lokale_toegang',
      questionTypes: ['aanbod_verblijf'],
      problemAreas: ['autisme', 'trauma', 'agressie'],
      living: 'thuis',
      disruptions: ['organisatorisch', 'wettelijk'],
      discussedOn: '2024-03-12',
      adviceOn: '2024-03-12',
      weight: '',
      activities: ['advies', 'procesregie'],
      closedOn: '2024-07-15',
      closureReason: '',
      fittingPlace: 'ja',
      placeType: '',
      knelpunt: 'gevraagd_aanbod_ontbreekt',
      achterliggend: 'wachtlijst',
      firstName: 'F.',
      lastName: 'Z.',
      initials: 'F.Z.',
    });
  });
});

describe('names', () => {
  it('are optional: initials only are kept as initials, names give their initials', () => {
    expect(namesFromInitials('J.M.B.')).toEqual({ firstName: 'J. M.', lastName: 'B.' });
    expect(namesFromInitials('IJ. v.d. B')).toEqual({ firstName: 'IJ.', lastName: 'B.' });
    expect(namesFromInitials('')).toEqual({ firstName: '', lastName: '' });
    const header = [...HEADER, 'voornaam', 'achternaam', 'naam'];
    const { plans } = check(
      [
        { ...OPEN, voornaam: 'Sanne', achternaam: "van 't Kruis", naam: 'Iemand Anders', initialen: 'X.Y.' },
        { ...OPEN, naam: 'Anna Maria de Vries', initialen: 'X.Y.' },
        { ...OPEN },
      ],
      header,
    );
    expect(plans.map((p) => p.initials)).toEqual(['S.K.', 'A.M.V.', '']);
    expect(plans[1]).toMatchObject({ firstName: 'Anna', lastName: 'Maria de Vries' });
  });

  it('a municipality takes the spelling already in the vault or earlier in the file', () => {
    const { plans } = check([{ ...OPEN, gemeente: 'zuiderdam' }, { ...OPEN, gemeente: 'Noord-Oost' }, { ...OPEN, gemeente: 'NOORD-OOST' }], HEADER, ['Zuiderdam']);
    expect(plans.map((p) => p.municipality)).toEqual(['Zuiderdam', 'Noord-Oost', 'Noord-Oost']);
  });
});
