/** PDF inspection for the letter tests: text per page with pdf.js (legacy build, runs under Node). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  all: string;
  title: string;
}

export async function pdfText(pdf: Buffer | Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  const title = String((meta.info as { Title?: string }).Title ?? '');
  return { pages, all: pages.join('\n'), title };
}

/** Words joined the way pdf.js may split lines: compare on single spaces, no line breaks. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Names of the fonts embedded as TrueType font files (subset prefix stripped). */
export function embeddedFonts(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  if (!text.includes('/FontFile2')) return [];
  return [...new Set([...text.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!))];
}
