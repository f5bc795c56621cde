/** Rendering the report PDF in memory (no temporary files), with the letters' fonts. */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { PeriodReport } from '../../../../../shared/api/reports.js';
import type { LetterheadData } from '../../letters/letters.sql.js';
import { registerFonts } from '../../letters/pdf/frame.js';
import { ReportDocument } from './report.js';

export async function renderReportPdf(r: PeriodReport, letterhead: LetterheadData): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(createElement(ReportDocument, { r, letterhead }) as Parameters<typeof renderToBuffer>[0]);
}
