/**
 * Import (shared/api/import.ts). Reading the file is async (XLSX), so both
 * methods parse in `prepare`, outside the transaction; `run` then checks the
 * rows against the vault's taxonomies and, for `import.run`, writes them all in
 * the dispatcher's transaction or, at the first problem, nothing at all.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { ImportCheck, ImportFormat, ImportProblem, ImportResult } from '../../../../shared/api/import.js';
import { todayIso } from '../../../../shared/domain/dates.js';
import { actingRole } from '../../../../shared/domain/roles.js';
import { appendAudit } from '../../audit/audit.js';
import { readOnly, type ReadDb } from '../../db/database.js';
import type { HandlerGroup, PreparedHandler } from '../../dispatch/types.js';
import { auditDevice } from '../advice/step-up.js';
import { listMunicipalities } from '../cases/cases.sql.js';
import { loadTaxonomies } from './labels.js';
import { checkSheet, type RowPlan } from './match.js';
import { FileProblem, decodeBase64, parseFile, type Sheet } from './parse.js';
import { finalStatus, plannedCodes, writeCases } from './write.js';

type Parsed = { sheet: Sheet; problem: null } | { sheet: null; problem: ImportProblem };

export async function readImportFile(format: ImportFormat, data: string): Promise<Parsed> {
  try {
    return { sheet: await parseFile(format, decodeBase64(data)), problem: null };
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    return { sheet: null, problem: { row: 0, column: '', code: err.code, params: err.max !== undefined ? { max: err.max } : {} } };
  }
}

/** The dry run's answer, and the plans a real run would write. */
export function checkImport(db: ReadDb, format: ImportFormat, parsed: Parsed, now: string): { check: ImportCheck; plans: RowPlan[] } {
  if (!parsed.sheet) return { check: { format, rows: 0, ok: false, problems: [parsed.problem], preview: [] }, plans: [] };
  const { sheet } = parsed;
  const { plans, problems } = checkSheet(sheet, {
    taxonomies: loadTaxonomies(db),
    today: todayIso(new Date(now)),
    municipalities: listMunicipalities(db),
  });
  if (sheet.rows.length === 0 && problems.length === 0) problems.push({ row: 0, column: '', code: 'file_empty', params: {} });
  const codes = plannedCodes(db, plans);
  const preview = plans.map((p, i) => ({
    row: p.row,
    code: codes[i]!,
    initials: p.initials,
    referredOn: p.referredOn,
    municipality: p.municipality,
    status: finalStatus(p),
    problemAreas: p.problemAreas.length,
    disruptions: p.disruptions.length,
    discussedOn: p.discussedOn,
    adviceOn: p.adviceOn,
    closedOn: p.closedOn,
  }));
  return { check: { format, rows: sheet.rows.length, ok: problems.length === 0, problems, preview }, plans };
}

const check: PreparedHandler<'import.check', Parsed> = {
  prepare: (_ctx, i) => readImportFile(i.format, i.data),
  run: (ctx, i, parsed) => checkImport(readOnly(ctx.db), i.format, parsed, ctx.now).check,
};

const run: PreparedHandler<'import.run', Parsed> = {
  prepare: (_ctx, i) => readImportFile(i.format, i.data),
  run: (ctx, i, parsed): ImportResult => {
    const { check: result, plans } = checkImport(ctx.db, i.format, parsed, ctx.now);
    if (!result.ok) throw new AppError('IMPORT_INVALID', { problems: result.problems.length });
    const codes = plannedCodes(ctx.db, plans);
    const caseIds = writeCases(ctx, plans);
    // The import's own record, with its counts; the dispatcher adds one record per case ('import.case').
    appendAudit(ctx.db, {
      userId: ctx.session.user.id,
      userName: ctx.session.user.name,
      role: actingRole(ctx.session.user.roles, 'import.run') ?? ctx.session.user.roles.join('+'),
      action: 'import.run',
      caseId: null,
      outcome: `ok:rows:${result.rows}:created:${caseIds.length}`,
      device: auditDevice(ctx),
      at: ctx.now,
    });
    return { at: ctx.now, created: caseIds.length, caseIds, firstCode: codes[0] ?? '', lastCode: codes[codes.length - 1] ?? '' };
  },
};

export const importHandlers: HandlerGroup<'import.check' | 'import.run'> = {
  'import.check': check,
  'import.run': run,
};
