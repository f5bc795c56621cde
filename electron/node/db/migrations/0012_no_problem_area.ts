import { NO_PROBLEM_AREA } from '../../../../shared/domain/taxonomies.js';
import type { Migration } from './types.js';

/**
 * "Geen probleemgebied" as a problem area. DOMAIN.md: the reports count cases by their number
 * of problem areas with *Geen* and *Onduidelijk* kept apart, and a referral could not say
 * "none": no area chosen counts as *Onduidelijk*, this area on its own as *Geen*
 * (features/reports/figures.ts). Added after the team's own list; left alone when the team
 * already has an area with this id.
 */
export const m0012: Migration = {
  version: 12,
  name: 'problem areas: geen',
  up(db) {
    db.prepare(
      `INSERT INTO problem_areas (id, nl, en, active, sort)
       SELECT ?, ?, ?, 1, coalesce(max(sort), -1) + 1 FROM problem_areas
       WHERE NOT EXISTS (SELECT 1 FROM problem_areas WHERE id = ?)`,
    ).run(NO_PROBLEM_AREA.id, NO_PROBLEM_AREA.nl, NO_PROBLEM_AREA.en, NO_PROBLEM_AREA.id);
  },
};
