/**
 * Where the Electron binary is, found the way node_modules/electron/index.js
 * finds it but without require('electron'), which would start a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed on this machine (no download possible here); run where Electron is available';

export function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const file = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), rel);
  return rel && existsSync(file) ? file : null;
}
