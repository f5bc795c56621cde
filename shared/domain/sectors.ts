/**
 * The sectors a team member represents at the table, and which sectors a case's
 * problem areas call for. Problem areas without an entry need no particular sector.
 */
export const SECTORS = [
  'jeugdzorg',
  'ggz',
  'lvb',
  'gemeente',
  'onderwijs',
  'verslavingszorg',
  'volwassenenzorg',
  'jeugdbescherming',
  'huisarts',
  'anders',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Problem area id (shared/domain/taxonomies.ts) -> the sector(s) whose presence the case needs. */
export const PROBLEM_AREA_SECTORS: Readonly<Record<string, readonly Sector[]>> = {
  lvb: ['lvb'],
  disharmonisch_profiel: ['lvb'],
  verslaving: ['verslavingszorg'],
  psychiatrisch_overig: ['ggz'],
  trauma: ['ggz'],
  suicidaliteit: ['ggz'],
  depressie: ['ggz'],
  zelfbeschadiging: ['ggz'],
  eetproblemen: ['ggz'],
  persoonlijkheid: ['ggz'],
  autisme: ['ggz'],
  onderwijs_verzuim: ['onderwijs'],
  gezin_opvoeding: ['jeugdzorg'],
  sgg: ['jeugdzorg'],
};

export interface SectorWarning {
  caseId: number;
  /** The problem area that needs the sector. */
  area: string;
  sector: Sector;
}

/** Sectors needed by the problem areas of one case that none of the present members represents. */
export function missingSectors(
  caseId: number,
  areas: readonly string[],
  presentSectors: ReadonlySet<string>,
): SectorWarning[] {
  const out: SectorWarning[] = [];
  const seen = new Set<string>();
  for (const area of areas) {
    for (const sector of PROBLEM_AREA_SECTORS[area] ?? []) {
      if (presentSectors.has(sector) || seen.has(sector)) continue;
      seen.add(sector);
      out.push({ caseId, area, sector });
    }
  }
  return out;
}

export interface QuorumState {
  required: number;
  present: number;
  met: boolean;
}

/** Present members plus replacements count; absent ones do not. A quorum of 0 is always met. */
export function quorumState(
  required: number,
  attendance: readonly { status: 'aanwezig' | 'afwezig' | 'vervangen' }[],
): QuorumState {
  const present = attendance.filter((a) => a.status !== 'afwezig').length;
  return { required, present, met: present >= required };
}
