/**
 * Where the letters' fonts and default logo live: the top-level resources/ folder. Found from
 * this module's folder (sources under tsx or vitest: electron/node/features/letters/pdf; the
 * worker bundle: dist/electron; packaged: app.asar.unpacked/dist/electron, see
 * electron-builder.yml asarUnpack), or ADVIESTAFEL_RESOURCES_DIR. Read once, kept in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const MARKER = join('fonts', 'DejaVuSans.ttf');

function here(): string {
  // CommonJS (tsx's require hook, the esbuild bundle) and vitest both define __dirname.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

let found: string | null = null;

export function resourcesDir(): string {
  if (found) return found;
  const starts = [here().replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'), here(), process.cwd()];
  const candidates: string[] = [];
  if (process.env.ADVIESTAFEL_RESOURCES_DIR) candidates.push(process.env.ADVIESTAFEL_RESOURCES_DIR);
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 7; i++) {
      candidates.push(join(dir, 'resources'));
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  const hit = candidates.find((c) => existsSync(join(c, MARKER)));
  if (!hit) throw new Error('resources/fonts not found');
  found = hit;
  return hit;
}

export const fontPath = (file: string) => join(resourcesDir(), 'fonts', file);

let defaultLogo: Buffer | null = null;
export function defaultLogoSvg(): Buffer {
  defaultLogo ??= readFileSync(join(resourcesDir(), 'letterhead', 'logo.svg'));
  return defaultLogo;
}
