/**
 * What a reader sees at the foot of every page and in names outside Dutch: the page number stands
 * clear of the confidentiality line (they overlapped until the footer got its own page-number
 * box), and letters outside the Latin cut of the font come from the whole font instead of
 * vanishing. Rendered straight from a fictional model, positions read back with pdf.js.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { fictionalLetter } from '../../../electron/node/features/letters/pdf/fictional.js';
import { renderLetter, type LetterModel } from '../../../electron/node/features/letters/pdf/render.js';
import { embeddedFonts, flat, pdfText } from './pdf-text.js';

const CONFIDENTIAL_LONG =
  'Vertrouwelijk: deze brief bevat persoonsgegevens. Geef hem alleen door aan wie hem voor de hulp aan de jeugdige nodig heeft.';

function model(referrerName: string): LetterModel {
  return fictionalLetter({
    date: '2026-03-02',
    analysis: Array.from({ length: 6 }, () => 'Het team ziet dat één vaste begeleider en een voorspelbare dag helpen. '.repeat(6)).join('\n\n'),
    items: 3,
    caseCode: '2026-0042',
    referrerName,
    teamName: 'Regionaal Expertteam Jeugd Zuiderdam',
    footerText: 'Expertteam Zuiderdam',
  });
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
}

async function textItems(pdf: Buffer): Promise<Item[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: Item[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((i) =>
        'str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width }] : [],
      ),
    );
  }
  await doc.destroy();
  return pages;
}

describe('letter footer and fonts', () => {
  it('the page number on every page stands clear of the confidentiality line beside it', async () => {
    const r = await renderLetter(model('Verwijzer Test'));
    expect(r.pages).toBeGreaterThanOrEqual(2);
    const pages = await textItems(r.pdf);
    pages.forEach((items, i) => {
      const number = items.find((it) => it.str.includes(`pagina ${i + 1} van ${r.pages}`));
      expect(number, `page ${i + 1}`).toBeDefined();
      // Everything else on the footer's lines ends before the page number begins.
      const beside = items.filter((it) => it !== number && Math.abs(it.y - number!.y) < 12);
      expect(beside.length).toBeGreaterThan(0);
      for (const it of beside) expect(it.x + it.width, it.str).toBeLessThan(number!.x);
      expect(flat(items.map((it) => it.str).join(' '))).toContain(flat(CONFIDENTIAL_LONG).slice(0, 40));
    });
  });

  it('names outside the Latin cut of the font (Greek, Cyrillic, Vietnamese) print from the whole font', async () => {
    const name = 'Ζωή Ανδρέου, Жанна Ковальчук, Nguyễn Văn Ánh, Ĳsbrand Šťastný';
    const r = await renderLetter(model(name));
    expect(flat((await pdfText(r.pdf)).all)).toContain(name);
    // The Latin cut sets the letter; the whole font is embedded only for what the cut lacks.
    expect(embeddedFonts(r.pdf)).toEqual(expect.arrayContaining(['DejaVuSansLatin', 'DejaVuSansLatin-Bold', 'DejaVuSans']));
    const latinOnly = await renderLetter(model('Verwijzer Test'));
    expect(embeddedFonts(latinOnly.pdf)).not.toContain('DejaVuSans');
  });
});
