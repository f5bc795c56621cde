/** Rendering the report PDF in memory (no temporary files), with the letters' fonts. */
import { createElement } from 'react';
import type { PeriodReport } from '../../../../../shared/api/reports.js';
import type { LetterheadData } from '../../letters/letters.sql.js';
import { registerFonts } from '../../letters/pdf/frame.js';
import { renderDocument } from '../../letters/pdf/pipeline.js';
import { ReportDocument } from './report.js';

export async function renderReportPdf(r: PeriodReport, letterhead: LetterheadData): Promise<Buffer> {
  registerFonts();
  return renderDocument(createElement(ReportDocument, { r, letterhead }));
}
