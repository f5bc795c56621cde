/**
 * Saving a file the backend made, as a Blob download: the letters, the report exports and the
 * data-subject export all go through here. In Electron the session lets only the app's own blob:
 * downloads through, always with the native save dialog (electron/main/window.ts); in the
 * browser preview it is an ordinary download. Callers choose a file name without a name in it.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of a file sent over the API as base64. */
export function base64Bytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
