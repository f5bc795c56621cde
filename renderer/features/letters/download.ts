/** Saving a letter's PDF (renderer/app/download.ts). The file name holds the case code and the date. */
import { base64Bytes, saveBlob } from '../../app/download';

export function downloadPdf(base64: string, fileName: string): void {
  saveBlob(new Blob([base64Bytes(base64) as BlobPart], { type: 'application/pdf' }), fileName);
}
