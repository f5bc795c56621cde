/**
 * Settings as the team meets them: the beheerder adds a user, who then sees only
 * what their role allows; passphrase rules; the last beheerder; the security,
 * problem-area and audit tabs.
 *
 * Every name, passphrase and label here is fictional.
 */
import { expect, expectNothingPlainOnDisk, test } from './fixtures.js';

const TEAM = 'Expertteam Jeugd Regio Wolkenveen';
const ADMIN = 'Beheerder Fictief Lindeboom';
const ADMIN_PASS = 'zeven zwaluwen zoeken zomerzon';
const SAM = 'Sam Screener';
const SAM_PASS = 'rode tulpen bloeien in april';
const NEW_VAULT = { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS };

test('the beheerder adds a screener, who unlocks and does not see the Gebruikers tab', async ({
  app: page,
  bridge,
  vault,
  shell,
  caseList,
  settings,
}) => {
  await vault.create(NEW_VAULT);
  await settings.open('Gebruikers');
  await expect(settings.userRow(ADMIN)).toContainText('Beheerder');

  await settings.addUserButton.click();
  const dialog = settings.addUserDialog;
  await expect(dialog).toBeVisible();
  await settings.field('Naam').fill(SAM);
  await expect(dialog.getByText('Neemt aanmeldingen in behandeling')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Screener' }).check();
  await settings.field('Wachtzin').fill(SAM_PASS);
  await settings.field('Herhaal wachtzin').fill(SAM_PASS);
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Gebruiker toegevoegd')).toBeVisible();
  const row = settings.userRow(SAM);
  await expect(row).toContainText('Screener');
  await expect(row).toContainText('Actief');

  await shell.lock();
  await vault.unlock(SAM, SAM_PASS);
  await expect(caseList.heading).toBeVisible();
  await settings.open();
  await expect(settings.tab('Mijn account')).toBeVisible();
  await expect(page.getByText(SAM, { exact: true }).last()).toBeVisible();
  for (const tab of ['Gebruikers', 'Beveiliging', 'Probleemgebieden', 'Auditlog'] as const) {
    await expect(settings.tab(tab)).toHaveCount(0);
  }
  // Typing the address does not help either.
  await page.evaluate(() => (window.location.hash = '#/settings/users'));
  await expect(settings.tab('Mijn account')).toHaveAttribute('aria-selected', 'true');
  await expect(settings.addUserButton).toHaveCount(0);

  await shell.lock();
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, SAM_PASS]);
});

test('a too short passphrase shows the field message', async ({ app: page, bridge, vault, shell, settings }) => {
  await vault.create(NEW_VAULT);
  await settings.open('Gebruikers');
  await settings.addUserButton.click();
  const dialog = settings.addUserDialog;

  await settings.field('Naam').fill(SAM);
  await settings.field('Wachtzin').fill('te kort');
  await settings.field('Herhaal wachtzin').click();
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();
  await expect(dialog.getByTestId('passphrase-strength')).toContainText('te kort');

  // Submitting says what is missing and sends nothing; what was typed stays.
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog.getByText('Kies minstens één rol.')).toBeVisible();
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();
  await expect(settings.field('Naam')).toHaveValue(SAM);
  await expect(settings.field('Wachtzin')).toHaveValue('te kort');

  // The message goes as soon as the passphrase is long enough.
  await settings.field('Wachtzin').fill(SAM_PASS);
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeHidden();
  await settings.field('Herhaal wachtzin').fill('iets anders dan de wachtzin');
  await settings.field('Naam').click();
  await expect(dialog.getByText('De twee wachtzinnen zijn niet gelijk.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  const users = await bridge.backend.call('users.list', {});
  expect(users.map((u) => u.name)).toEqual([ADMIN]);

  // Same rule for one's own new passphrase.
  await settings.openTab('Mijn account');
  await settings.field('Nieuwe wachtzin').fill('kort');
  await settings.field('Herhaal nieuwe wachtzin').click();
  await expect(page.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();

  // The half-typed change is not dropped silently: the lock asks first (and keeps no draft of a passphrase).
  await shell.lockButton.click();
  await page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).getByRole('button', { name: 'Weggooien', exact: true }).click();
  await expect(vault.unlockHeading).toBeVisible();
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS]);
});

test('changing one’s own passphrase', async ({ app: page, bridge, vault, shell, caseList, settings }) => {
  const NEW_PASS = 'acht achtergrondgeluiden achter elkaar';
  await vault.create(NEW_VAULT);
  await settings.open('Mijn account');

  await settings.changePassphrase('niet mijn huidige wachtzin', NEW_PASS);
  await expect(page.getByText('Deze wachtzin klopt niet')).toBeVisible();
  await expect(settings.field('Nieuwe wachtzin')).toHaveValue(NEW_PASS);

  await settings.field('Huidige wachtzin').fill(ADMIN_PASS);
  await page.getByRole('button', { name: 'Wachtzin wijzigen' }).click();
  await expect(page.getByText('Wachtzin gewijzigd')).toBeVisible();
  await expect(settings.field('Huidige wachtzin')).toHaveValue('');

  await shell.lock();
  await vault.unlock(ADMIN, NEW_PASS);
  await expect(caseList.heading).toBeVisible();
  await shell.lock();
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, NEW_PASS]);
});

test('the last beheerder cannot give up that role or be deactivated', async ({ bridge, vault, shell, settings }) => {
  await vault.create(NEW_VAULT);
  await settings.open('Gebruikers');

  const dialog = await settings.editRoles(ADMIN);
  await dialog.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Laatste beheerder');
  await expect(dialog.getByRole('alert')).toContainText('Er moet minstens één actieve beheerder blijven.');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(settings.userRow(ADMIN)).toContainText('Beheerder');

  // A second beheerder, who can then be deactivated (after confirming).
  await settings.addUser({ name: SAM, role: 'Beheerder', passphrase: SAM_PASS });

  const confirm = await settings.deactivate(SAM);
  await expect(confirm).toContainText('definitief');
  await confirm.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(confirm).toBeHidden();
  await expect(settings.userRow(SAM)).toContainText('Gedeactiveerd');

  // A deactivated user is gone from the unlock screen.
  await shell.lock();
  expect(await vault.userOptions()).not.toContain(SAM);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, SAM_PASS]);
});

test('security, problem areas and the audit chain', async ({ app: page, bridge, vault, shell, settings }) => {
  const AREA = { id: 'fictief_gebied', nl: 'Fictieve moeilijkheid Wolkenveen', en: 'Fictional difficulty Wolkenveen' };
  await vault.create(NEW_VAULT);

  await settings.open('Beveiliging');
  const minutes = settings.field('Automatisch vergrendelen na (minuten)');
  await expect(minutes).toHaveValue('10');
  await expect(page.getByText('volgende keer dat iemand ontgrendelt')).toBeVisible();
  await minutes.fill('5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Automatisch vergrendelen na 5 minuten.')).toBeVisible();
  expect((await bridge.backend.call('settings.get', {})).autoLockMinutes).toBe(5);

  await settings.openTab('Probleemgebieden');
  await settings.field('Code').fill('Geen Geldige Code');
  await settings.field('Nederlands').click();
  await expect(page.getByText('Deze waarde heeft niet de juiste vorm.')).toBeVisible();
  await settings.field('Code').fill(AREA.id);
  await settings.field('Nederlands').fill(AREA.nl);
  await settings.field('Engels').fill(AREA.en);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  const row = page.getByRole('row', { name: new RegExp(AREA.nl) });
  await expect(row).toContainText(AREA.en);
  const active = row.getByRole('switch');
  await expect(active).toBeChecked();
  await active.uncheck({ force: true }); // Mantine's switch input sits under its styled track
  await expect(active).not.toBeChecked();
  await expect
    .poll(async () => (await bridge.backend.call('taxonomy.problemAreas', {})).find((a) => a.id === AREA.id)?.active)
    .toBe(false);

  await settings.openTab('Auditlog');
  await expect(settings.auditTable).toContainText('Teamkluis aangemaakt');
  await expect(settings.auditTable).toContainText('Instellingen gewijzigd');
  await expect(settings.auditTable).toContainText(ADMIN);
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(settings.auditVerify).toContainText('De auditketen is intact');

  await shell.lock();
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, AREA.nl, AREA.en]);
});

test('changing one’s own roles applies at once', async ({ vault, shell, caseList, settings }) => {
  await vault.create(NEW_VAULT);
  await expect(caseList.newReferralLink).toBeVisible();
  await settings.open('Gebruikers');
  const dialog = await settings.editRoles(ADMIN);
  await dialog.getByRole('checkbox', { name: 'Voorzitter' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Teamlid' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  // A teamlid reads cases but does not register them: the button is gone without unlocking again.
  await shell.navigate('Casussen');
  await expect(caseList.heading).toBeVisible();
  await expect(caseList.newReferralLink).toHaveCount(0);
});
