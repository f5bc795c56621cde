/** Saving an export: the exact bytes the backend rendered (base64 over the API), through renderer/app/download.ts. */
import { base64Bytes, saveBlob } from '../../app/download';

export const EXPORT_FORMATS = ['csv', 'pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function downloadBytes(base64: string, fileName: string, mime: string): void {
  saveBlob(new Blob([base64Bytes(base64) as BlobPart], { type: mime }), fileName);
}
