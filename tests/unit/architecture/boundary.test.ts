/**
 * Architecture boundaries, checked on the source text (eslint.config.js says the
 * same in lint form):
 *   (a) only electron/main and electron/preload import 'electron';
 *   (b) renderer imports no Node built-ins and nothing under electron/;
 *   (c) shared imports no Node built-ins (nor renderer or electron code);
 *   (d) the bundled main entry never includes the test bridge or the CLI.
 * Each detector is also run on small samples, so a broken detector fails too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Repo-relative paths (forward slashes) of the source files under a folder. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const p = join(abs, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(ROOT, p).split('\\').join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

/** Every module specifier in a source text: import/export-from, import(), require(), import x = require(). */
function specifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const isNodeBuiltin = (spec: string) => isBuiltin(spec);

/** Where a relative specifier points, repo-relative; non-relative specifiers as written. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, resolve(ROOT, dirname(file), spec)).split('\\').join('/');
}
const intoDir = (dir: string) => (file: string, spec: string) => {
  if (!spec.startsWith('.')) return false;
  const t = target(file, spec);
  return t === dir || t.startsWith(`${dir}/`);
};
const intoElectronDir = intoDir('electron');
const intoRendererDir = intoDir('renderer');

/** file -> offending specifiers, for the files that break the predicate. */
function violations(files: string[], bad: (file: string, spec: string) => boolean): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of files) {
    const hits = specifiers(readFileSync(join(ROOT, file), 'utf8')).filter((s) => bad(file, s));
    if (hits.length) out[file] = hits;
  }
  return out;
}

const electronFiles = sourceFiles('electron');
const rendererFiles = sourceFiles('renderer');
const sharedFiles = sourceFiles('shared');

describe('import detector', () => {
  it('finds every import form', () => {
    const sample = [
      "import { app } from 'electron';",
      'import type { WebContents } from "electron/main";',
      "export * from 'electron';",
      "export { shell } from 'electron';",
      "import 'node:fs';",
      "const os = require('os');",
      "const m = await import('node:path');",
      "import cp = require('child_process');",
    ].join('\n');
    expect(specifiers(sample)).toEqual([
      'electron',
      'electron/main',
      'electron',
      'electron',
      'node:fs',
      'os',
      'node:path',
      'child_process',
    ]);
  });

  it('ignores comments, strings and look-alike packages', () => {
    const sample = [
      "// import { app } from 'electron';",
      "/* require('electron') */",
      "const s = \"import x from 'electron'\";",
      "import builder from 'electron-builder';",
      "import { download } from '@electron/get';",
    ].join('\n');
    const specs = specifiers(sample);
    expect(specs.filter(isElectron)).toEqual([]);
    expect(specs).toEqual(['electron-builder', '@electron/get']);
  });

  it('classifies specifiers', () => {
    expect(isElectron('electron')).toBe(true);
    expect(isElectron('electron/renderer')).toBe(true);
    expect(isElectron('electron-builder')).toBe(false);
    expect(isNodeBuiltin('node:fs')).toBe(true);
    expect(isNodeBuiltin('fs/promises')).toBe(true);
    expect(isNodeBuiltin('zod')).toBe(false);
    expect(intoElectronDir('renderer/api/client.ts', '../../electron/node/app')).toBe(true);
    expect(intoElectronDir('renderer/api/client.ts', '../../shared/api/index')).toBe(false);
    expect(intoElectronDir('shared/api/x.ts', './electron')).toBe(false);
    expect(intoRendererDir('shared/api/x.ts', '../../renderer/api/client')).toBe(true);
  });
});

describe('architecture boundaries', () => {
  it('finds the sources', () => {
    expect(electronFiles).toContain('electron/main/main.ts');
    expect(electronFiles).toContain('electron/preload/preload.ts');
    expect(electronFiles).toContain('electron/node/app.ts');
    expect(sharedFiles).toContain('shared/api/index.ts');
  });

  it('(a) only electron/main and electron/preload import electron', () => {
    const shell = (f: string) => f.startsWith('electron/main/') || f.startsWith('electron/preload/');
    const others = [...electronFiles.filter((f) => !shell(f)), ...rendererFiles, ...sharedFiles];
    expect(violations(others, (_f, s) => isElectron(s))).toEqual({});
    // The shell itself does use electron, so the check above is not vacuous.
    expect(Object.keys(violations(electronFiles.filter(shell), (_f, s) => isElectron(s)))).toContain('electron/main/main.ts');
  });

  it('(b) renderer imports no Node built-ins and nothing under electron/', () => {
    expect(violations(rendererFiles, (f, s) => isNodeBuiltin(s) || isElectron(s) || intoElectronDir(f, s))).toEqual({});
  });

  it('(c) shared imports no Node built-ins, renderer or electron code', () => {
    expect(
      violations(sharedFiles, (f, s) => isNodeBuiltin(s) || isElectron(s) || intoElectronDir(f, s) || intoRendererDir(f, s)),
    ).toEqual({});
  });

  it('(d) the bundled main, backend worker and preload never include electron/bridge or electron/cli', async () => {
    // Non-literal specifier: the build script is plain JS without type declarations.
    const scriptUrl = pathToFileURL(join(ROOT, 'scripts', 'build-electron.mjs')).href;
    const script = await import(scriptUrl);
    const { build } = await import('esbuild');

    // The guard itself must fire on a forbidden input.
    expect(
      script.forbiddenInputs({ inputs: { 'electron/bridge/server.ts': {}, 'electron\\cli\\main.ts': {}, 'electron/node/app.ts': {} } }),
    ).toEqual(['electron/bridge/server.ts', 'electron/cli/main.ts']);

    for (const options of [script.mainOptions, script.workerOptions, script.preloadOptions]) {
      const { metafile } = await build({ ...options, write: false, logLevel: 'silent' });
      if (!metafile) throw new Error('esbuild returned no metafile');
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.length).toBeGreaterThan(0);
      expect(script.forbiddenInputs(metafile)).toEqual([]);
    }
  });
});
