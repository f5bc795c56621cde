/**
 * The letters render from a one-file CJS bundle built like the backend worker (same esbuild
 * options: pdfkit's standard fonts bundled, import.meta.url defined), run from a folder with no
 * node_modules, finding resources/ two levels up as in the packaged app (dist/electron -> resources),
 * and with React's production build only.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'adviestafel-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('letters in the worker bundle', () => {
  it('render a PDF without node_modules beside the bundle', { timeout: 180_000 }, async () => {
    const script = await import(pathToFileURL(join(ROOT, 'scripts', 'build-electron.mjs')).href);
    const out = join(dir, 'dist', 'electron', 'letters.cjs');
    const { metafile } = await build({ ...script.workerOptions, entryPoints: [join(ROOT, 'tests/unit/letters/bundle-entry.ts')], outfile: out });
    // Electron sets no NODE_ENV: the bundle itself must pick React's production build (about a
    // tenth faster per letter than the development build with its checks).
    const inputs = Object.keys(metafile!.inputs);
    expect(inputs.some((p) => p.includes('react/cjs/react.production'))).toBe(true);
    expect(inputs.filter((p) => p.includes('.development.'))).toEqual([]);
    cpSync(join(ROOT, 'resources'), join(dir, 'resources'), { recursive: true });
    const env = { ...process.env };
    delete env.ADVIESTAFEL_RESOURCES_DIR;
    const r = spawnSync(process.execPath, [out], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pages: 3 });
  });
});
