/** Entry for bundle.test.ts: render a letter from inside a one-file bundle, like the backend worker. */
import { renderLetter } from '../../../electron/node/features/letters/pdf/render.js';
import { threePageLetter } from '../../bench/letters.js';

void renderLetter(threePageLetter()).then((r) => process.stdout.write(JSON.stringify({ pages: r.pages, bytes: r.pdf.length })));
