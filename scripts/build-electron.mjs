#!/usr/bin/env node
/**
 * Bundles the Electron main process, the backend worker and the preload with esbuild:
 *   electron/main/main.ts                  -> dist/electron/main.cjs           (Node, CJS: the thin shell)
 *   electron/node/worker/backend-worker.ts -> dist/electron/backend-worker.cjs (Node, CJS: vault, database, dispatcher)
 *   electron/preload/preload.ts            -> dist/electron/preload.cjs        (one CJS file: sandboxed preloads cannot require local files)
 * The preload is built for the browser platform, so any Node built-in that
 * sneaks in fails the build, and it must stay under PRELOAD_MAX_BYTES (no zod:
 * it checks method names against the generated shared/api/method-names.ts).
 * The renderer is built separately by vite.
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMetaUrl, pdfkitPlugin } from './pdfkit-esbuild.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Source folders that must never end up in a shipped bundle. */
export const FORBIDDEN_INPUTS = [/^electron\/bridge\//, /^electron\/cli\//, /^tests\//];

export const PRELOAD_MAX_BYTES = 20 * 1024;

const nodeBundle = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // What ships runs the production builds of React (the letters render through it) and of any
  // other library that checks NODE_ENV; Electron does not set it.
  define: { 'process.env.NODE_ENV': '"production"' },
};

export const mainOptions = {
  ...nodeBundle,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
};

export const workerOptions = {
  ...nodeBundle,
  entryPoints: ['electron/node/worker/backend-worker.ts'],
  outfile: 'dist/electron/backend-worker.cjs',
  // The letters' PDF library (pdfkit) needs its standard fonts bundled and import.meta.url.
  plugins: [pdfkitPlugin],
  ...importMetaUrl,
  define: { ...nodeBundle.define, ...importMetaUrl.define },
};

export const preloadOptions = {
  absWorkingDir: root,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'chrome130',
  external: ['electron'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

/** Input files of a metafile that match FORBIDDEN_INPUTS. */
export function forbiddenInputs(metafile) {
  return Object.keys(metafile.inputs)
    .map((p) => p.replaceAll('\\', '/'))
    .filter((p) => FORBIDDEN_INPUTS.some((re) => re.test(p)));
}

export async function buildElectron() {
  for (const options of [mainOptions, workerOptions, preloadOptions]) {
    const { metafile } = await build(options);
    const bad = forbiddenInputs(metafile);
    if (bad.length) throw new Error(`${options.outfile} must not include: ${bad.join(', ')}`);
  }
  const preloadBytes = statSync(join(root, preloadOptions.outfile)).size;
  if (preloadBytes >= PRELOAD_MAX_BYTES) {
    throw new Error(`${preloadOptions.outfile} is ${preloadBytes} bytes; it must stay under ${PRELOAD_MAX_BYTES}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildElectron().catch((err) => {
    console.error(`build-electron: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
