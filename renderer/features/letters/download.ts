/**
 * Saving a letter's PDF: a Blob download. In Electron the session lets only the app's own blob:
 * downloads through, and always with the native save dialog (electron/main/window.ts); in the
 * browser preview it is an ordinary download. The file name holds the case code and the date.
 */
export function pdfBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function downloadPdf(base64: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([pdfBytes(base64) as BlobPart], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
