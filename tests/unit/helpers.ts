/** Test fixtures: a real encrypted vault in a fresh temp folder, with a cheap scrypt cost. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/node/app.js';
import type { ReferralInput } from '../../shared/domain/referral.js';
import { emptyReferral } from '../../shared/domain/referral.js';

export const PASS = 'correct horse battery staple';
const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'adviestafel-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function backend(dataDir = tempDir(), now?: () => number): Backend {
  const b = createBackend({ dataDir, logN: 10, device: 'testapparaat', now });
  cleanups.unshift(() => b.close());
  return b;
}

/** A backend with a vault, unlocked as the first user (voorzitter + beheerder). */
export async function unlockedBackend(): Promise<Backend & { recoveryKey: string; dataDir: string }> {
  const dataDir = tempDir();
  const b = backend(dataDir);
  const { recoveryKey } = await b.dispatcher.call('vault.create', {
    teamName: 'Expertteam Testregio',
    userName: 'Voorzitter Test',
    passphrase: PASS,
  });
  return Object.assign(b, { recoveryKey, dataDir });
}

/** A fictional referral; every name here is made up. */
export function referral(overrides: Partial<{ first: string; last: string; birth: string; question: string; municipality: string }> = {}): ReferralInput {
  const r = emptyReferral();
  r.youth.firstName = overrides.first ?? 'Fenna';
  r.youth.lastName = overrides.last ?? 'Zonnebloem';
  r.youth.birthDate = overrides.birth ?? '2011-03-14';
  r.youth.municipality = overrides.municipality ?? 'Zuiderdam';
  r.referrer.organisation = 'Wijkteam Noord';
  r.questionReferrer = overrides.question ?? 'Zoekt een passende behandelplek met verblijf.';
  return r;
}
