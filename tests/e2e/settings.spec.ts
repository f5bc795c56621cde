/**
 * Settings as the team meets them: the beheerder adds a user, who then sees only
 * what their role allows; passphrase rules; the last beheerder; the security,
 * problem-area and audit tabs.
 *
 * Every name, passphrase and label here is fictional.
 */
import type { Page } from '@playwright/test';
import { createVault, expect, field, scanDataDirFor, test, unlock, type Bridge } from './fixtures.js';

const TEAM = 'Expertteam Jeugd Regio Wolkenveen';
const ADMIN = 'Beheerder Fictief Lindeboom';
const ADMIN_PASS = 'zeven zwaluwen zoeken zomerzon';
const SAM = 'Sam Screener';
const SAM_PASS = 'rode tulpen bloeien in april';

async function openSettings(page: Page, tab?: string): Promise<void> {
  await page.getByRole('navigation').getByText('Instellingen', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 2 })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { name: 'Ontgrendelen', exact: true })).toBeVisible();
}

async function expectNothingPlainOnDisk(bridge: Bridge, needles: string[]): Promise<void> {
  await bridge.backend.lock();
  expect(await scanDataDirFor(bridge.dataDir, needles)).toEqual([]);
}

test('the beheerder adds a screener, who unlocks and does not see the Gebruikers tab', async ({
  app: page,
  bridge,
}) => {
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await openSettings(page, 'Gebruikers');
  await expect(page.getByRole('row', { name: new RegExp(ADMIN) })).toContainText('Beheerder');

  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
  await expect(dialog).toBeVisible();
  await field(page, 'Naam').fill(SAM);
  await expect(dialog.getByText('Neemt aanmeldingen in behandeling')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Screener' }).check();
  await field(page, 'Wachtzin').fill(SAM_PASS);
  await field(page, 'Herhaal wachtzin').fill(SAM_PASS);
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Gebruiker toegevoegd')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(SAM) });
  await expect(row).toContainText('Screener');
  await expect(row).toContainText('Actief');

  await lock(page);
  await unlock(page, SAM, SAM_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  await openSettings(page);
  await expect(page.getByRole('tab', { name: 'Mijn account' })).toBeVisible();
  await expect(page.getByText(SAM, { exact: true }).last()).toBeVisible();
  for (const tab of ['Gebruikers', 'Beveiliging', 'Probleemgebieden', 'Auditlog']) {
    await expect(page.getByRole('tab', { name: tab })).toHaveCount(0);
  }
  // Typing the address does not help either.
  await page.evaluate(() => (window.location.hash = '#/settings/users'));
  await expect(page.getByRole('tab', { name: 'Mijn account' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Gebruiker toevoegen' })).toHaveCount(0);

  await lock(page);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, SAM_PASS]);
});

test('a too short passphrase shows the field message', async ({ app: page, bridge }) => {
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await openSettings(page, 'Gebruikers');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });

  await field(page, 'Naam').fill(SAM);
  await field(page, 'Wachtzin').fill('te kort');
  await field(page, 'Herhaal wachtzin').click();
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();
  await expect(dialog.getByTestId('passphrase-strength')).toContainText('te kort');

  // Submitting says what is missing and sends nothing; what was typed stays.
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog.getByText('Kies minstens één rol.')).toBeVisible();
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();
  await expect(field(page, 'Naam')).toHaveValue(SAM);
  await expect(field(page, 'Wachtzin')).toHaveValue('te kort');

  // The message goes as soon as the passphrase is long enough.
  await field(page, 'Wachtzin').fill(SAM_PASS);
  await expect(dialog.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeHidden();
  await field(page, 'Herhaal wachtzin').fill('iets anders dan de wachtzin');
  await field(page, 'Naam').click();
  await expect(dialog.getByText('De twee wachtzinnen zijn niet gelijk.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  const users = await bridge.backend.call('users.list', {});
  expect(users.map((u) => u.name)).toEqual([ADMIN]);

  // Same rule for one's own new passphrase.
  await page.getByRole('tab', { name: 'Mijn account' }).click();
  await field(page, 'Nieuwe wachtzin').fill('kort');
  await field(page, 'Herhaal nieuwe wachtzin').click();
  await expect(page.getByText('Een wachtzin heeft minstens 12 tekens.')).toBeVisible();

  await lock(page);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS]);
});

test('changing one’s own passphrase', async ({ app: page, bridge }) => {
  const NEW_PASS = 'acht achtergrondgeluiden achter elkaar';
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await openSettings(page, 'Mijn account');

  await field(page, 'Huidige wachtzin').fill('niet mijn huidige wachtzin');
  await field(page, 'Nieuwe wachtzin').fill(NEW_PASS);
  await field(page, 'Herhaal nieuwe wachtzin').fill(NEW_PASS);
  await page.getByRole('button', { name: 'Wachtzin wijzigen' }).click();
  await expect(page.getByText('Deze wachtzin klopt niet')).toBeVisible();
  await expect(field(page, 'Nieuwe wachtzin')).toHaveValue(NEW_PASS);

  await field(page, 'Huidige wachtzin').fill(ADMIN_PASS);
  await page.getByRole('button', { name: 'Wachtzin wijzigen' }).click();
  await expect(page.getByText('Wachtzin gewijzigd')).toBeVisible();
  await expect(field(page, 'Huidige wachtzin')).toHaveValue('');

  await lock(page);
  await unlock(page, ADMIN, NEW_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  await lock(page);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, NEW_PASS]);
});

test('the last beheerder cannot give up that role or be deactivated', async ({ app: page, bridge }) => {
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await openSettings(page, 'Gebruikers');

  await page.getByRole('button', { name: `Rollen wijzigen van ${ADMIN}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Laatste beheerder');
  await expect(dialog.getByRole('alert')).toContainText('Er moet minstens één actieve beheerder blijven.');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('row', { name: new RegExp(ADMIN) })).toContainText('Beheerder');

  // A second beheerder, who can then be deactivated (after confirming).
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
  await field(page, 'Naam').fill(SAM);
  await add.getByRole('checkbox', { name: 'Beheerder' }).check();
  await field(page, 'Wachtzin').fill(SAM_PASS);
  await field(page, 'Herhaal wachtzin').fill(SAM_PASS);
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(add).toBeHidden();

  await page.getByRole('button', { name: `${SAM} deactiveren` }).click();
  const confirm = page.getByRole('dialog', { name: `${SAM} deactiveren` });
  await expect(confirm).toContainText('definitief');
  await confirm.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(SAM) })).toContainText('Gedeactiveerd');

  // A deactivated user is gone from the unlock screen.
  await lock(page);
  const options = await field(page, 'Gebruiker').evaluate((el) =>
    [...(el as HTMLSelectElement).options].map((o) => o.textContent),
  );
  expect(options).not.toContain(SAM);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, SAM_PASS]);
});

test('security, problem areas and the audit chain', async ({ app: page, bridge }) => {
  const AREA = { id: 'fictief_gebied', nl: 'Fictieve moeilijkheid Wolkenveen', en: 'Fictional difficulty Wolkenveen' };
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });

  await openSettings(page, 'Beveiliging');
  const minutes = field(page, 'Automatisch vergrendelen na (minuten)');
  await expect(minutes).toHaveValue('10');
  await expect(page.getByText('volgende keer dat iemand ontgrendelt')).toBeVisible();
  await minutes.fill('5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Automatisch vergrendelen na 5 minuten.')).toBeVisible();
  expect((await bridge.backend.call('settings.get', {})).autoLockMinutes).toBe(5);

  await page.getByRole('tab', { name: 'Probleemgebieden' }).click();
  await field(page, 'Code').fill('Geen Geldige Code');
  await field(page, 'Nederlands').click();
  await expect(page.getByText('Deze waarde heeft niet de juiste vorm.')).toBeVisible();
  await field(page, 'Code').fill(AREA.id);
  await field(page, 'Nederlands').fill(AREA.nl);
  await field(page, 'Engels').fill(AREA.en);
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

  await page.getByRole('tab', { name: 'Auditlog' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('Teamkluis aangemaakt');
  await expect(table).toContainText('Instellingen gewijzigd');
  await expect(table).toContainText(ADMIN);
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByTestId('audit-verify')).toContainText('De auditketen is intact');

  await lock(page);
  await expectNothingPlainOnDisk(bridge, [ADMIN_PASS, AREA.nl, AREA.en]);
});

test('changing one’s own roles applies at once', async ({ app: page }) => {
  await createVault(page, { team: TEAM, user: ADMIN, passphrase: ADMIN_PASS });
  await expect(page.getByRole('link', { name: 'Nieuwe aanmelding' })).toBeVisible();
  await openSettings(page, 'Gebruikers');
  await page.getByRole('button', { name: `Rollen wijzigen van ${ADMIN}` }).click();
  const dialog = page.getByRole('dialog', { name: `Rollen wijzigen van ${ADMIN}` });
  await dialog.getByRole('checkbox', { name: 'Voorzitter' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Teamlid' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  // A teamlid reads cases but does not register them: the button is gone without unlocking again.
  await page.getByRole('navigation').getByText('Casussen', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuwe aanmelding' })).toHaveCount(0);
});
