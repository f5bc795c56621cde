/**
 * Saving an export: the exact bytes the backend rendered (base64 over the API), as a Blob
 * download, like the letters (renderer/features/letters/download.ts). In Electron the session
 * lets only the app's own blob: downloads through, with the native save dialog.
 */
import { pdfBytes } from '../letters/download';

export const EXPORT_FORMATS = ['csv', 'pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function downloadBytes(base64: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([pdfBytes(base64) as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
