/**
 * The team vault as a user meets it: first start and the recovery key, locking
 * (by hand and when idle), a wrong passphrase, throttling, recovery with the
 * recovery key, and the language switch on the unlock screen.
 *
 * Every name, passphrase and referral here is fictional.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { emptyReferral, type ReferralInput } from '../../shared/domain/referral.js';
import { createVault, expect, expectNothingPlainOnDisk, test } from './fixtures.js';
import { ShellPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Jeugd Regio Wolkenveen';
const USER = 'Voorzitter Fictief Hazelaar';
const PASS = 'groene giraffen dansen op dinsdag';
const NEW_VAULT = { team: TEAM, user: USER, passphrase: PASS };
const KEY_FORMAT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/;

/** A fictional youth; these names must never reach the disk in plain text. */
const YOUTH = { first: 'Quirijntje', last: 'Zeldenrust-Fictief' };

function fictionalReferral(): ReferralInput {
  const r = emptyReferral();
  r.youth.firstName = YOUTH.first;
  r.youth.lastName = YOUTH.last;
  r.youth.birthDate = '2012-05-17';
  r.youth.municipality = 'Wolkenveen';
  r.referrer.organisation = 'Wijkteam Fictief Oost';
  r.questionReferrer = 'Zoekt een passende plek; alle gegevens zijn verzonnen.';
  return r;
}

/** Every file in the data folder with its bytes, to prove nothing changed. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) out.set(full.slice(dir.length), await readFile(full));
    }
  };
  await walk(dir);
  return out;
}

// Used by the idle-lock tests below, which take a page rather than page objects.
const lockButton = (page: Page) => new ShellPage(page).lockButton;
const unlockHeading = (page: Page) => new VaultPage(page).unlockHeading;
const caseListHeading = (page: Page) => page.getByRole('heading', { name: 'Casussen', exact: true });

test('first start creates the vault, shows the recovery key once and lands on the case list', async ({
  app: page,
  bridge,
  vault,
  shell,
}) => {
  await expect(vault.createHeading).toBeVisible();
  await expect(page.getByText('voorzitter en beheerder', { exact: false })).toBeVisible();

  await vault.teamName.fill(TEAM);
  await vault.userName.fill(USER);
  await vault.passphrase.fill('kort');
  await expect(vault.strength).toContainText('te kort');
  await vault.confirm.click();
  await expect(page.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();
  await vault.passphrase.fill(PASS);
  await expect(page.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeHidden();
  await expect(vault.strength).toHaveAttribute('data-level', /strong|veryStrong/);
  await vault.confirm.fill(`${PASS}!`);
  await vault.teamName.click();
  await expect(page.getByText('De twee wachtzinnen zijn niet gelijk.')).toBeVisible();
  await vault.confirm.fill(PASS);
  await expect(page.getByText('De twee wachtzinnen zijn niet gelijk.')).toBeHidden();
  await vault.createButton.click();

  const dialog = vault.recoveryDialog;
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('Uw herstelsleutel');
  const key = (await vault.recoveryKey.textContent()) ?? '';
  expect(key).toMatch(KEY_FORMAT);

  // Not closable by Esc or a click outside.
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 5);
  await expect(dialog).toBeVisible();

  // The print-only copy holds the key; the saved file holds only the key and the team name.
  await expect(vault.recoveryKeyPrint).toContainText(key);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Opslaan als bestand' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('adviestafel-herstelsleutel.txt');
  const file = await readFile(await download.path(), 'utf8');
  expect(file).toContain(key);
  expect(file).toContain(TEAM);
  expect(file).not.toContain(USER);
  expect(file).not.toContain(PASS);

  await vault.keySavedButton.click();
  await expect(dialog).toBeHidden();
  await expect(caseListHeading(page)).toBeVisible();
  await expect(shell.lockButton).toBeVisible();

  // Shown once: after locking and unlocking it is nowhere to be seen.
  await shell.lock();
  await vault.unlock(USER, PASS);
  await expect(caseListHeading(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(key);
  await shell.lock();

  // Keyring and database hold neither the passphrase nor the recovery key in plain text.
  await expectNothingPlainOnDisk(bridge, [PASS, key, key.replace(/-/g, '')]);
});

test('locking hides the cases; a wrong passphrase changes nothing on disk; unlocking brings them back', async ({
  app: page,
  bridge,
  vault,
  shell,
}) => {
  await vault.create(NEW_VAULT);
  await expect(caseListHeading(page)).toBeVisible();
  const { code } = await bridge.backend.call('cases.create', { referral: fictionalReferral() });

  await page.reload();
  await expect(page.getByText(code)).toBeVisible();

  await shell.lock();
  await expect(vault.user).toBeVisible();
  const body = page.locator('body');
  await expect(body).not.toContainText(code);
  await expect(body).not.toContainText(YOUTH.last);
  await expect(body).not.toContainText('Casussen');

  const before = await snapshot(bridge.dataDir);
  await vault.unlock(USER, 'dit is zeker niet de wachtzin');
  await expect(vault.wrongPassphrase).toBeVisible();
  // What the user typed and chose is still there.
  expect(await vault.chosenUser()).toBe(USER);
  await expect(vault.passphrase).toHaveValue('dit is zeker niet de wachtzin');
  await expect(body).not.toContainText(code);
  const after = await snapshot(bridge.dataDir);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);

  await vault.retry(PASS);
  await expect(caseListHeading(page)).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();
  const list = await bridge.backend.call('cases.list', {});
  expect(list.rows.map((r) => r.code)).toContain(code);

  await shell.lock();
  await expectNothingPlainOnDisk(bridge, [YOUTH.first, YOUTH.last, PASS]);
});

test('after three wrong passphrases the button waits with a countdown', async ({ app: page, bridge, vault, shell }) => {
  await vault.create(NEW_VAULT);
  await shell.lock();

  for (let i = 0; i < 3; i++) {
    await vault.retry(`verkeerde wachtzin nummer ${i}`);
    await expect(vault.wrongPassphrase).toBeVisible();
  }
  await expect(vault.throttleNotice).toContainText(/Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\./);
  const button = page.getByRole('button', { name: /Ontgrendelen \(nog \d+ s\)/ });
  await expect(button).toBeDisabled();

  // The countdown ends by itself; then the right passphrase works.
  await expect(vault.unlockButton).toBeEnabled({ timeout: 15_000 });
  await expect(vault.throttleNotice).toBeHidden();
  await vault.retry(PASS);
  await expect(caseListHeading(page)).toBeVisible();
  await shell.lock();
  await expectNothingPlainOnDisk(bridge, [PASS]);
});

test('the vault locks itself after the idle time', async ({ app: page, bridge }) => {
  await createVault(page, { team: TEAM, user: USER, passphrase: PASS });
  await expect(lockButton(page)).toBeVisible();
  // Observable before the clock moves: the page follows the backend's events.
  await expect.poll(() => bridge.eventStreams()).toBeGreaterThan(0);
  const lockedAnswers: string[] = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('/api/call')) return;
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    if (body?.error?.code === 'LOCKED') lockedAnswers.push(res.url());
  });

  // The backend's idle backstop, run now on a clock moved forward (test hook): default 10 minutes.
  expect(await bridge.backend.idleCheck(9 * 60_000)).toBe(false);
  await expect(lockButton(page)).toBeVisible();
  expect(await bridge.backend.idleCheck(11 * 60_000)).toBe(true);

  // The page shows the unlock screen at once, told by the event, not by a call that found the vault locked.
  await expect(unlockHeading(page)).toBeVisible();
  await expect(lockButton(page)).toBeHidden();
  expect(lockedAnswers).toEqual([]);
  expect((await bridge.backend.call('vault.status', {})).session).toBeNull();
  await expectNothingPlainOnDisk(bridge, [PASS]);
});

test("the window's own idle timer locks too", async ({ page, bridge }) => {
  await page.clock.install();
  await page.goto(bridge.openUrl);
  await createVault(page, { team: TEAM, user: USER, passphrase: PASS });
  await expect(lockButton(page)).toBeVisible();

  // The idle timer is armed just after the screen appears: move the clock on until it has fired,
  // so the test does not depend on when exactly it was armed.
  await expect(async () => {
    await page.clock.fastForward('11:00');
    await expect(unlockHeading(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(lockButton(page)).toBeHidden();
  expect((await bridge.backend.call('vault.status', {})).session).toBeNull();
  await expectNothingPlainOnDisk(bridge, [PASS]);
});

test('recovery with the recovery key sets a new passphrase and shows a new key', async ({
  app: page,
  bridge,
  vault,
  shell,
}) => {
  const oldKey = await vault.create(NEW_VAULT);
  expect(oldKey).toMatch(/^[A-Z2-7]{32}$/);
  await shell.lock();

  await vault.forgotPassphrase();
  expect(await vault.chosenUser()).toBe(USER);

  const NEW_PASS = 'blauwe olifanten zingen in de regen';
  // A recovery key of the wrong form is caught before anything is sent.
  await vault.recoveryKeyInput.fill('ABCD-EFGH');
  await vault.newPassphrase.click();
  await expect(page.getByText('Een herstelsleutel bestaat uit 8 groepen van 4 tekens')).toBeVisible();

  // Typed in lower case with spaces: still accepted.
  const typed = oldKey.toLowerCase().replace(/(.{4})(?!$)/g, '$1 ');
  await vault.recoveryKeyInput.fill(typed);
  await vault.newPassphrase.fill(NEW_PASS);
  await vault.confirmNewPassphrase.fill(NEW_PASS);
  await vault.recoverButton.click();

  const dialog = vault.recoveryDialog;
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('Uw nieuwe herstelsleutel');
  const newKey = (await vault.recoveryKey.textContent()) ?? '';
  expect(newKey).toMatch(KEY_FORMAT);
  expect(newKey.replace(/-/g, '')).not.toBe(oldKey);
  await vault.keySavedButton.click();
  await expect(caseListHeading(page)).toBeVisible();

  // The old passphrase no longer works, the new one does.
  await shell.lock();
  await vault.unlock(USER, PASS);
  await expect(vault.wrongPassphrase).toBeVisible();
  await vault.retry(NEW_PASS);
  await expect(caseListHeading(page)).toBeVisible();
  await shell.lock();

  // And the old recovery key is spent.
  const { users } = await bridge.backend.call('vault.status', {});
  await expect(
    bridge.backend.call('vault.recover', { userId: users[0]!.id, recoveryKey: oldKey, newPassphrase: PASS }),
  ).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });

  await expectNothingPlainOnDisk(bridge, [PASS, NEW_PASS, oldKey, newKey, newKey.replace(/-/g, '')]);
});

test('the English switch changes the unlock screen', async ({ app: page, bridge, vault, shell }) => {
  await vault.create(NEW_VAULT);
  await shell.lock();

  await vault.switchLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(vault.field('User')).toBeVisible();
  await expect(vault.field('Passphrase')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Forgot your passphrase?' })).toBeVisible();
  await expect(page.getByText('Ontgrendelen')).toHaveCount(0);

  await vault.field('Passphrase').fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('This passphrase is not correct')).toBeVisible();

  await vault.switchLanguage('NL');
  await expect(vault.unlockHeading).toBeVisible();
  await expect(vault.passphrase).toBeVisible();
  await expectNothingPlainOnDisk(bridge, [PASS]);
});
