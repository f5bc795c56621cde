/**
 * Import as the beheerder meets it: a team's earlier registration as a CSV file; the trial
 * import first shows a problem by row and column and imports nothing; after the file is
 * corrected it shows what will be created, and the import makes real cases that the case list
 * shows (codes and initials), its timeline marked as imported. The file never lands on disk,
 * nor its contents in plain text.
 *
 * Every name, place and label here is fictional.
 */
import { expectNoSeriousA11yViolations } from './axe.js';
import { expect, expectNothingPlainOnDisk, test } from './fixtures.js';
import { dismissNotifications, ImportPage } from './pages/index.js';

const NEW_VAULT = { team: 'Expertteam Jeugd Regio Wolkenveen', user: 'Beheerder Fictief Lindeboom', passphrase: 'zeven zwaluwen zoeken zomerzon' };
const PLACE = 'Wolkenveen-Noordzijde';

const HEADER = 'aanmelddatum;geboortedatum;gemeente;aanmelder type;probleemgebieden;datum advies;wat het team deed;afsluitdatum;uitkomst;meest bepalende knelpunt;achterliggend knelpunt;initialen';
const CLOSED = `03-02-2024;14-03-2010;${PLACE};LOKALE TOEGANG/WIJKTEAM;autisme|Suicidaliteit;12-03-2024;Advies|Procesregie;15-07-2024;Ja;Gevraagd aanbod ontbreekt;Wachtlijst;F.Z.`;
const BAD = `10-01-2025;01-09-2012;${PLACE};Buurtteam;Depressie;;;;;;;`;
const GOOD = `10-01-2025;01-09-2012;${PLACE};Huisarts;Depressie;;;;;;;`;
const file = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

test('the beheerder imports a small CSV after a trial import that first shows a problem', async ({ app: page, bridge, vault, shell, settings, caseList, caseFile }) => {
  const imp = new ImportPage(page);
  await vault.create(NEW_VAULT);
  await settings.open();
  await imp.open();
  await expectNoSeriousA11yViolations(page, 'settings: import (no file yet)');
  await expect(imp.checkButton).toBeDisabled();

  // A label the app does not know: the trial import names row, column and value, and offers no import.
  await imp.pick('registratie-2024.csv', file(CLOSED, BAD));
  await imp.check();
  await expect(imp.result.getByRole('alert')).toContainText('1 probleem gevonden. Er wordt niets geïmporteerd');
  await expect(imp.problem('3', 'aanmelder type')).toContainText('‘Buurtteam’ is geen waarde die de app kent.');
  await expect(imp.preview.getByRole('row')).toHaveCount(2); // header + the good row
  await expect(imp.importButton).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'settings: import trial with a problem');

  // The corrected file: what will be created, then the import itself.
  await imp.pick('registratie-2024.csv', file(CLOSED, GOOD));
  await expect(imp.result).toHaveCount(0);
  await imp.check();
  await expect(imp.result).toContainText('Geen problemen gevonden. Bij importeren worden 2 casussen aangemaakt.');
  await expect(imp.preview.getByRole('row', { name: /2024-001/ })).toContainText('F.Z.');
  await expect(imp.preview.getByRole('row', { name: /2024-001/ })).toContainText('afgesloten');
  await expect(imp.preview.getByRole('row', { name: /2025-001/ })).toContainText('aangemeld');
  await imp.importButton.click();
  await expect(imp.confirmDialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings: import confirmation dialog');
  await imp.confirmDialog.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText('2 casussen geïmporteerd (2024-001 tot en met 2025-001).')).toBeVisible();
  await expect(imp.result).toHaveCount(0);
  await dismissNotifications(page);

  // The audit log names the import with its count, and each case it created.
  await settings.openTab('Auditlog');
  await expect(page.getByRole('row', { name: /Registraties geïmporteerd/ })).toContainText('gelukt, 2 casussen aangemaakt');
  await expect(page.getByRole('row', { name: /Casus geïmporteerd/ })).toHaveCount(2);

  // Real cases: the case list shows them with their codes and initials.
  await shell.navigate('Casussen');
  await expect(caseList.heading).toBeVisible();
  await expect(caseList.row('2024-001')).toContainText('F.Z.');
  await expect(caseList.row('2025-001')).toBeVisible();
  // Its file says where it came from, and carries the file's dates.
  await caseList.row('2024-001').click();
  await expect(caseFile.code).toHaveText('2024-001');
  await expect(caseFile.status).toHaveText('afgesloten');
  await caseFile.openTab('Tijdlijn');
  const imported = page.getByTestId('timeline-item').filter({ hasText: 'Geïmporteerd uit een eerdere registratie' });
  await expect(imported).toContainText('Rij 2 van het importbestand');

  await expectNothingPlainOnDisk(bridge, [PLACE, 'registratie-2024']);
});
