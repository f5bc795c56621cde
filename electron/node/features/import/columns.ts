/**
 * The documented column set of an import file (README, "Importeren"). Headers
 * are matched like labels: case, accents, spaces, '_' and '-' do not matter
 * ("Aanmelder_type" is "aanmelder type"). A header that is none of these stops
 * the import: a misspelt optional column would otherwise be dropped in silence.
 */
import type { ImportColumn } from '../../../../shared/api/import.js';
import { IMPORT_COLUMNS, IMPORT_REQUIRED_COLUMNS } from '../../../../shared/api/import.js';
import type { TaxonomyKey } from './labels.js';

export type ColumnKind =
  | { kind: 'date' }
  | { kind: 'text'; max: number }
  | { kind: 'label'; taxonomy: TaxonomyKey }
  /** Several labels separated by '|'. */
  | { kind: 'labels'; taxonomy: TaxonomyKey };

export interface ColumnDef {
  header: ImportColumn;
  required: boolean;
  type: ColumnKind;
}

const date = { kind: 'date' } as const;
const label = (taxonomy: TaxonomyKey) => ({ kind: 'label', taxonomy }) as const;
const labels = (taxonomy: TaxonomyKey) => ({ kind: 'labels', taxonomy }) as const;
const text = (max: number) => ({ kind: 'text', max }) as const;

export const COLUMNS: Record<ImportColumn, ColumnDef> = {
  aanmelddatum: { header: 'aanmelddatum', required: true, type: date },
  geboortedatum: { header: 'geboortedatum', required: true, type: date },
  gemeente: { header: 'gemeente', required: true, type: text(100) },
  'aanmelder type': { header: 'aanmelder type', required: false, type: label('referrerType') },
  'type hulpvraag': { header: 'type hulpvraag', required: false, type: labels('questionType') },
  probleemgebieden: { header: 'probleemgebieden', required: false, type: labels('problemArea') },
  verblijfssituatie: { header: 'verblijfssituatie', required: false, type: label('living') },
  verstoringen: { header: 'verstoringen', required: false, type: labels('disruption') },
  'datum bespreking': { header: 'datum bespreking', required: false, type: date },
  'datum advies': { header: 'datum advies', required: false, type: date },
  'gewicht advies': { header: 'gewicht advies', required: false, type: label('weight') },
  'wat het team deed': { header: 'wat het team deed', required: false, type: labels('activity') },
  afsluitdatum: { header: 'afsluitdatum', required: false, type: date },
  'reden afsluiting': { header: 'reden afsluiting', required: false, type: label('closure') },
  uitkomst: { header: 'uitkomst', required: false, type: label('fitting') },
  'verblijfssituatie na afsluiting': { header: 'verblijfssituatie na afsluiting', required: false, type: label('living') },
  'meest bepalende knelpunt': { header: 'meest bepalende knelpunt', required: false, type: label('knelpunt') },
  'achterliggend knelpunt': { header: 'achterliggend knelpunt', required: false, type: label('achterliggend') },
  naam: { header: 'naam', required: false, type: text(200) },
  voornaam: { header: 'voornaam', required: false, type: text(100) },
  achternaam: { header: 'achternaam', required: false, type: text(100) },
  initialen: { header: 'initialen', required: false, type: text(20) },
};

export const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => COLUMNS[c].required);
if (REQUIRED_COLUMNS.join() !== IMPORT_REQUIRED_COLUMNS.join()) throw new Error('import: required columns disagree with the contract');

/** Lower case, no accents, one space for any run of spaces, '_' or '-'. */
export function normaliseHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const BY_NORMALISED = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [normaliseHeader(c), c]));

export function columnOf(header: string): ImportColumn | null {
  return BY_NORMALISED.get(normaliseHeader(header)) ?? null;
}
