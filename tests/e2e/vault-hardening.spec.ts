/**
 * Vault hardening in the real UI: a deactivated member's passphrase opens
 * nothing current (not even with an older keyring.json put back), and failed
 * unlock attempts are reported after the next successful unlock.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFormat1Vault } from '../unit/vault/format1-fixture.js';
import { expect, test } from './fixtures.js';

const TEAM = 'Expertteam Jeugd Regio Wolkenveen';
const ADMIN = 'Beheerder Fictief Lindeboom';
const ADMIN_PASS = 'zeven zwaluwen zoeken zomerzon';
const SAM = 'Sam Screener';
const SAM_PASS = 'rode tulpen bloeien in april';

test('a deactivated member is refused, even with an older keyring put back', async ({ app: page, bridge, vault, shell, settings }) => {
  await vault.create({ team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await settings.open('Gebruikers');
  await settings.addUser({ name: SAM, role: 'Screener', passphrase: SAM_PASS });
  const keyringFile = join(bridge.dataDir, 'keyring.json');
  const before = await readFile(keyringFile, 'utf8');

  const confirm = await settings.deactivate(SAM);
  await expect(confirm).toContainText('nieuwe sleutel');
  await confirm.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(confirm).toBeHidden();
  await expect(settings.userRow(SAM)).toContainText('Gedeactiveerd');

  await shell.lock();
  expect(await vault.userOptions()).not.toContain(SAM);

  // The attack of the review: the keyring from before the deactivation, and Sam's passphrase.
  const after = await readFile(keyringFile, 'utf8');
  await writeFile(keyringFile, before);
  await page.reload();
  expect(await vault.userOptions()).toContain(SAM);
  await vault.unlock(SAM, SAM_PASS);
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ontgrendelen', exact: true })).toBeVisible();

  // The current keyring back: the remaining beheerder unlocks as always.
  await writeFile(keyringFile, after);
  await page.reload();
  await vault.unlock(ADMIN, ADMIN_PASS);
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
});

test('failed unlock attempts are reported after the next unlock', async ({ app: page, vault, shell }) => {
  await vault.create({ team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await shell.lock();
  for (let i = 0; i < 2; i++) {
    await vault.unlock(ADMIN, 'dit is niet de goede wachtzin');
    await expect(page.getByText('Deze wachtzin klopt niet')).toBeVisible();
  }
  await vault.unlock(ADMIN, ADMIN_PASS);
  const notice = page.getByRole('alert').filter({ hasText: 'Mislukte pogingen' });
  await expect(notice).toContainText(/2 mislukte pogingen sinds \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
});

// The status answers KEYRING_DAMAGED without data; the gate's first-load spinner once unmounted the vault
// screens for every refetch, whose remount refetched again: an endless loop on the spinner (fixed in App.tsx).
test('a damaged keyring gets a clear message naming the file, and the previous copy brings the vault back', async ({ app: page, bridge, vault, shell, settings }) => {
  await vault.create({ team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await settings.open('Gebruikers');
  await settings.addUser({ name: SAM, role: 'Screener', passphrase: SAM_PASS }); // rotates keyring.json.prev
  await shell.lock();
  const keyringFile = join(bridge.dataDir, 'keyring.json');
  const text = await readFile(keyringFile, 'utf8');
  await writeFile(keyringFile, text.slice(0, text.length / 2)); // truncated, as by a crash of another tool
  await page.reload();
  await expect(page.getByText(/Het sleutelbestand keyring\.json .* beschadigd/)).toBeVisible();
  await page.getByRole('button', { name: 'Vorige kopie van het sleutelbestand terugzetten' }).click();
  await vault.unlock(ADMIN, ADMIN_PASS);
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
});

test('a keyring damaged while a session is open: after a reload the message, and the previous copy brings the vault back', async ({ app: page, bridge, vault, settings }) => {
  await vault.create({ team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await settings.open('Gebruikers');
  await settings.addUser({ name: SAM, role: 'Screener', passphrase: SAM_PASS }); // rotates keyring.json.prev
  const keyringFile = join(bridge.dataDir, 'keyring.json');
  await writeFile(keyringFile, '{"format": 2, "users": ['); // the session stays open in the backend
  await page.reload();
  await expect(page.getByText(/Het sleutelbestand keyring\.json .* beschadigd/)).toBeVisible();
  await page.getByRole('button', { name: 'Vorige kopie van het sleutelbestand terugzetten' }).click();
  await vault.unlock(ADMIN, ADMIN_PASS);
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
});

test('while the upgrade from the previous version is unfinished, the deactivation dialog says the new key comes later', async ({ app: page, bridge, vault, settings }) => {
  const LEAVER = 'Teamlid Fictief Vertrekkers';
  writeFormat1Vault(bridge.dataDir, TEAM, [
    { name: ADMIN, passphrase: ADMIN_PASS, roles: ['voorzitter', 'beheerder'] },
    { name: SAM, passphrase: SAM_PASS, roles: ['screener'] },
    { name: LEAVER, passphrase: 'lange wachtzin van wie vertrekt', roles: ['teamlid'] },
  ]);
  await page.reload();
  await vault.unlock(ADMIN, ADMIN_PASS);
  await settings.open('Gebruikers');
  const confirm = await settings.deactivate(LEAVER);
  await expect(confirm).toContainText('krijgt nog niet meteen een nieuwe sleutel');
  await expect(confirm).not.toContainText('de teamkluis krijgt een nieuwe sleutel, zodat');
  await expect(confirm).toContainText('Nog niet omgezet: 1 andere actieve gebruiker(s)');
  await expect(confirm).toContainText('De herstelsleutel stamt nog uit de vorige versie');
});

test('the audit tab shows the signed checkpoints with the chain check', async ({ app: page, vault, shell, settings }) => {
  await vault.create({ team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await shell.lock(); // signs a checkpoint
  await vault.unlock(ADMIN, ADMIN_PASS);
  await settings.open('Auditlog');
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(settings.auditVerify).toContainText('De auditketen is intact');
  await expect(page.getByTestId('audit-checkpoints')).toContainText(/Ondertekende controlepunten: (\d+) van \1 kloppen, het laatste van \d{2}-\d{2}-\d{4}/);
});
