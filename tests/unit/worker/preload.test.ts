/**
 * The preload stays small and contract-free: it checks method names against the
 * generated list (which must equal the contract) and events against EVENT_TYPES.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { api } from '../../../shared/api/index.js';
import { EVENT_TYPES, isAppEvent } from '../../../shared/api/events.js';
import { METHOD_NAME_LIST } from '../../../shared/api/method-names.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('generated method-name list', () => {
  it('equals the contract, in order (run `npm run gen` after changing shared/api)', () => {
    expect([...METHOD_NAME_LIST]).toEqual(Object.keys(api));
  });
});

describe('event shape check', () => {
  it('accepts the declared event types and nothing else', () => {
    for (const type of EVENT_TYPES) expect(isAppEvent({ type })).toBe(true);
    expect(isAppEvent({ type: 'vault.locked', reason: 'idle' })).toBe(true);
    for (const bad of [null, 'vault.locked', {}, { type: 'vault.unlocked' }, { type: 7 }, ['vault.locked']]) {
      expect(isAppEvent(bad)).toBe(false);
    }
  });
});

describe('preload bundle', () => {
  it('bundles neither zod nor the contract and stays under 20 KB', async () => {
    const script = await import(pathToFileURL(join(ROOT, 'scripts', 'build-electron.mjs')).href);
    const { build } = await import('esbuild');
    const { metafile, outputFiles } = await build({ ...script.preloadOptions, write: false, logLevel: 'silent' });
    const inputs = Object.keys(metafile!.inputs).map((p) => p.replaceAll('\\', '/'));
    expect(inputs.filter((p) => p.includes('node_modules/zod'))).toEqual([]);
    expect(inputs).not.toContain('shared/api/index.ts');
    expect(inputs).toContain('shared/api/method-names.ts');
    const bytes = outputFiles!.reduce((n, f) => n + f.contents.byteLength, 0);
    expect(script.PRELOAD_MAX_BYTES).toBe(20 * 1024);
    expect(bytes).toBeLessThan(script.PRELOAD_MAX_BYTES);
  });
});
