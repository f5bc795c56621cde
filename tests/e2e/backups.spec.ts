/**
 * Backups as a team meets them (issue 13): the warning while none exists, the
 * beheerder choosing a folder (a missing one is refused on the field), a backup
 * now and the last-backup status, a failed backup's persistent warning, and
 * restoring a backup from the unlock screen with its own passphrase (the
 * current vault kept aside). axe checks on the new screens.
 *
 * Every name and passphrase here is fictional.
 */
import type { Page } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyReferral } from '../../shared/domain/referral.js';
import { expectNoSeriousA11yViolations as checkA11y } from './axe.js';
import { expect, field, test, type Bridge } from './fixtures.js';
import { dismissNotifications } from './pages/locators.js';
import type { VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Duinhaven';
const CHAIR = 'Voorzitter Fictief Meeuwenberg';
const PASS = 'groene kikkers springen over sloten';

async function addCase(bridge: Bridge, first: string): Promise<void> {
  const r = emptyReferral();
  r.referrer.organisation = 'Wijkteam Duinhaven-Oost';
  r.youth.firstName = first;
  r.youth.lastName = 'Zeewierhoeve';
  r.youth.birthDate = '2010-06-01';
  r.youth.municipality = 'Duinhaven';
  r.questionReferrer = 'Zoekt een passende plek.';
  await bridge.backend.call('cases.create', { referral: r });
}

/** A new vault whose beheerder sets the backup folder, from the warning's link. */
async function newVaultWithBackupFolder(page: Page, vault: VaultPage, folder: string): Promise<void> {
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await page.getByTestId('backup-warning').getByRole('link', { name: 'Naar Back-ups' }).click();
  await field(page, 'Back-upmap').fill(folder);
  await page.getByRole('button', { name: 'Opslaan' }).click();
}

test('configure backups, see the status, restore a backup from the unlock screen', async ({ app: page, bridge, vault, shell }) => {
  const folder = await mkdtemp(join(tmpdir(), 'adviestafel-e2e-backups-'));
  try {
    await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
    // No backup yet: a warning that stays on every screen.
    const warning = page.getByTestId('backup-warning');
    await expect(warning).toContainText('Laatste geslaagde back-up: nog geen');
    await expect(warning).toContainText('geen back-upmap ingesteld');

    await warning.getByRole('link', { name: 'Naar Back-ups' }).click();
    await expect(page.getByRole('tab', { name: 'Back-ups' })).toHaveAttribute('aria-selected', 'true');
    const folderField = field(page, 'Back-upmap');
    await folderField.fill(join(folder, 'bestaat-niet'));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De doelmap voor de reservekopie bestaat niet.')).toBeVisible();
    await expect(folderField).toHaveValue(join(folder, 'bestaat-niet')); // nothing typed is lost
    await folderField.fill(folder);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De instellingen voor back-ups zijn opgeslagen.')).toBeVisible();

    await addCase(bridge, 'Ankie');
    await addCase(bridge, 'Bram');
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(page.getByText(/De back-up is geschreven en gecontroleerd \(2 casussen\)/)).toBeVisible();
    await expect(page.getByTestId('backup-last')).toHaveText('Laatste geslaagde back-up: vandaag');
    await expect(page.getByTestId('backup-list').getByRole('row')).toHaveCount(2); // header + one backup
    await expect(page.getByTestId('backup-list')).toContainText('Compleet');
    await expect(warning).toBeHidden();
    await dismissNotifications(page);
    await checkA11y(page, 'instellingen back-ups');

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^adviestafel-[0-9a-f]{8}-\d{4}-\d\d-\d\d-\d{6}\.db$/);
    expect(files.join(' ')).not.toMatch(/Duinhaven|Meeuwenberg|Ankie/);
    const backupFile = join(folder, files[0]!);

    // Work after the backup, then lose it by restoring.
    await addCase(bridge, 'Cato');
    await shell.lock();
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    await expect(page.getByRole('heading', { name: 'Back-up terugzetten', level: 1 })).toBeVisible();
    await field(page, 'Back-upbestand').fill(join(folder, 'nergens.db'));
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await expect(page.getByText('Dit back-upbestand bestaat niet. Controleer het pad.')).toBeVisible();
    await field(page, 'Back-upbestand').fill(backupFile);
    await page.getByRole('button', { name: 'Bekijken' }).click();
    const info = page.getByTestId('backup-info');
    await expect(info).toContainText(TEAM);
    await expect(info).toContainText(/\d\d-\d\d-\d{4}/);
    await checkA11y(page, 'back-up terugzetten');

    await field(page, 'Wachtzin van deze back-up').fill('dit is niet de goede wachtzin');
    await page.getByRole('button', { name: 'Back-up openen' }).click();
    await expect(page.getByText('Deze wachtzin klopt niet')).toBeVisible();
    await field(page, 'Wachtzin van deze back-up').fill(PASS);
    await page.getByRole('button', { name: 'Back-up openen' }).click();
    await expect(page.getByTestId('backup-cases')).toHaveText('2');
    await expect(info).toContainText('Nieuwste auditregel');
    await page.getByRole('button', { name: 'Terugzetten' }).click();

    // The restored vault is open: two cases, not three; the previous vault was kept aside.
    await expect(page.getByText(/De back-up is teruggezet en geopend/)).toBeVisible();
    await expect(shell.lockButton).toBeVisible();
    await expect.poll(async () => (await bridge.backend.call('cases.list', {})).total).toBe(2);
    const aside = (await readdir(bridge.dataDir)).filter((n) => n.startsWith('voor-terugzetten-'));
    expect(aside).toHaveLength(1);
    expect((await readdir(join(bridge.dataDir, aside[0]!))).sort()).toEqual(expect.arrayContaining(['adviestafel.db', 'keyring.json']));
    const audit = await bridge.backend.call('audit.list', { limit: 20 });
    expect(JSON.stringify(audit)).toContain('backup.restore');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a failed backup leaves a persistent warning for the voorzitter and beheerder', async ({ app: page, vault }) => {
  const folder = await mkdtemp(join(tmpdir(), 'adviestafel-e2e-backups-'));
  try {
    await newVaultWithBackupFolder(page, vault, folder);
    await expect(page.getByText('De instellingen voor back-ups zijn opgeslagen.')).toBeVisible();
    // The stick was pulled out.
    await rm(folder, { recursive: true, force: true });
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(page.getByRole('alert', { name: 'Back-up mislukt' })).toContainText('De doelmap voor de reservekopie bestaat niet.');
    await page.getByRole('navigation').getByText('Casussen', { exact: true }).click();
    const warning = page.getByTestId('backup-warning');
    await expect(warning).toContainText('Laatste geslaagde back-up: nog geen');
    await expect(warning).toContainText('De laatste back-up is mislukt. De doelmap voor de reservekopie bestaat niet.');
    await dismissNotifications(page);
    await checkA11y(page, 'waarschuwing back-up mislukt');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('restore a backup from the settings, staying signed in', async ({ app: page, bridge, vault, shell }) => {
  const folder = await mkdtemp(join(tmpdir(), 'adviestafel-e2e-backups-'));
  try {
    await newVaultWithBackupFolder(page, vault, folder);
    await addCase(bridge, 'Dirk');
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(page.getByTestId('backup-last')).toHaveText('Laatste geslaagde back-up: vandaag');
    await addCase(bridge, 'Eva');
    const [name] = (await readdir(folder)).filter((n) => n.endsWith('.db'));

    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    // The file field starts in the backup folder.
    await expect(field(page, 'Back-upbestand')).toHaveValue(`${folder}/`);
    await field(page, 'Back-upbestand').fill(join(folder, name!));
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await expect(page.getByTestId('backup-info')).toContainText(TEAM);
    await field(page, 'Wachtzin van deze back-up').fill(PASS);
    await page.getByRole('button', { name: 'Back-up openen' }).click();
    await expect(page.getByTestId('backup-cases')).toHaveText('1');
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(page.getByText(/De vorige kluis staat in de datamap, in de map voor-terugzetten-/)).toBeVisible();
    await expect(shell.lockButton).toBeVisible();
    await expect.poll(async () => (await bridge.backend.call('cases.list', {})).total).toBe(1);
    // The settings show where the previous vault was kept.
    await expect(page.getByText(/Bij een eerdere terugzetting is de toenmalige kluis bewaard/)).toBeVisible();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
