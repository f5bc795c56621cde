/**
 * subject.export (AVG art. 15): the bundle is read and the PDF rendered first (async, in the
 * backend worker, in memory); `run` then returns both inside the dispatcher's transaction, which
 * writes the audit record (action subject.export, the case). `lang` picks the PDF's words (nl by
 * default, or en); the JSON bundle and the file name are the same in both. Plain text leaves the vault here:
 * the screen warns before it saves anything.
 */
import { todayIso } from '../../../../shared/domain/dates.js';
import type { SubjectExport } from '../../../../shared/api/retention.js';
import type { PreparedHandler } from '../../dispatch/types.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { getLetterhead } from '../letters/letters.sql.js';
import { buildBundle } from './bundle.js';
import { renderSubjectPdf } from './pdf.js';

export const subjectExportHandler: PreparedHandler<'subject.export', SubjectExport> = {
  async prepare(ctx, { caseId, lang }) {
    const row = getCaseRow(ctx.db, caseId);
    const bundle = buildBundle(ctx.db, caseId, ctx.now, ctx.session.user.name);
    const pdf = await renderSubjectPdf(bundle, getLetterhead(ctx.db), lang);
    const date = todayIso(new Date(ctx.now));
    return {
      json: JSON.stringify(bundle, null, 2),
      pdfBase64: pdf.toString('base64'),
      fileBase: `${row.code.replace(/[^A-Za-z0-9-]/g, '')}_inzage_${date}`,
    };
  },
  run(ctx, { caseId }, prepared) {
    getCaseRow(ctx.db, caseId);
    return prepared;
  },
};
