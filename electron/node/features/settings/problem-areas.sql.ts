/** The problem_areas taxonomy: row type, row -> ProblemArea, and its statements. */
import type { ProblemArea } from '../../../../shared/api/index.js';
import type { Db, ReadDb } from '../../db/database.js';

interface ProblemAreaRow {
  id: string;
  nl: string;
  en: string;
  active: number;
  sort: number;
}

const toProblemArea = (r: ProblemAreaRow): ProblemArea => ({ id: r.id, nl: r.nl, en: r.en, active: r.active === 1 });

export const listProblemAreas = (db: ReadDb): ProblemArea[] =>
  (db.prepare('SELECT * FROM problem_areas ORDER BY sort, nl').all() as ProblemAreaRow[]).map(toProblemArea);

export const activeProblemAreaIds = (db: ReadDb): string[] =>
  db.prepare('SELECT id FROM problem_areas WHERE active = 1 ORDER BY sort, id').pluck().all() as string[];

/** Insert (at the end of the list) or update by id. */
export function saveProblemArea(db: Db, area: ProblemArea): void {
  db.prepare(
    `INSERT INTO problem_areas (id, nl, en, active, sort)
     VALUES (@id, @nl, @en, @active, (SELECT coalesce(max(sort), 0) + 1 FROM problem_areas))
     ON CONFLICT (id) DO UPDATE SET nl = excluded.nl, en = excluded.en, active = excluded.active`,
  ).run({ id: area.id, nl: area.nl, en: area.en, active: area.active ? 1 : 0 });
}
