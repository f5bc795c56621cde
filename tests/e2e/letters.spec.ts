/**
 * Letters end to end, in Chromium through the loopback bridge: the beheerder fills in the
 * letterhead (a file that is no image refused at the field, an SVG logo accepted, a sample
 * previewed); an advice is approved (set up through the backend); the professional and the
 * family letter are previewed page by page, recorded, listed in the case file with a
 * "verzonden" record, and one is saved as a PDF whose bytes are the recorded ones.
 *
 * Every name, place and word here is fictional.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { emptyReferral } from '../../shared/domain/referral.js';
import { addDays } from '../../shared/domain/meetings.js';
import { todayIso } from '../../shared/domain/dates.js';
import { createVault, expect, field, test, type Bridge } from './fixtures.js';

const TEAM = 'Expertteam Regio Wilgenwaard';
const CHAIR = 'Voorzitter Berend Proefmans';
const CHAIR_PASS = 'groene olifant zwemt in de vijver';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#2a6"/></svg>';

async function seedApprovedAdvice(bridge: Bridge): Promise<{ caseId: number; code: string }> {
  const r = emptyReferral();
  r.referrer.name = 'Verwijzer Anouk Proef';
  r.referrer.organisation = 'Wijkteam Wilgenwaard-Oost';
  r.youth.firstName = 'Tjitske';
  r.youth.lastName = 'Brandnetelhoeve';
  r.youth.birthDate = '2009-03-14';
  r.youth.municipality = 'Wilgenwaard';
  r.questionReferrer = 'Zoekt een passende woonplek met behandeling.';
  r.questionFamily = 'Wij willen dat Tjitske weer rust vindt.';
  const c = await bridge.backend.call('cases.create', { referral: r });
  await bridge.backend.call('consent.add', { caseId: c.id, subject: 'jeugdige', personName: 'Tjitske', scope: 'registratie', givenOn: todayIso(), method: 'schriftelijk' });
  await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Interne screeningsnotitie.' });
  const deadline = addDays(todayIso(), 14);
  await bridge.backend.call('advice.saveDraft', {
    caseId: c.id,
    content: {
      adviceDate: todayIso(),
      questionSummary: 'Een passende woonplek met behandeling, dicht bij school.',
      analysis: 'Interne analyse: de jeugdige heeft één vaste begeleider nodig.',
      items: [
        { category: 'passende_zorg', text: 'Bied een plek in de kleinschalige woonvoorziening De Wilg.', addresseeKind: 'zorgaanbieder', addresseeName: 'De Wilg', deadline },
        { category: 'financieringsroute', financingRoute: 'maatwerk', text: 'Vraag een maatwerkbudget aan.', addresseeKind: 'gemeente', addresseeName: 'Wilgenwaard', deadline },
      ],
      director: { kind: 'verwijzer', name: 'Wijkteam Wilgenwaard-Oost' },
      weight: 'zwaarwegend',
    },
  });
  const chair = (await bridge.backend.call('vault.status', {})).users.find((u) => u.name === CHAIR)!;
  await bridge.backend.call('advice.approve', { caseId: c.id, version: 1, approverId: chair.id, passphrase: CHAIR_PASS });
  return { caseId: c.id, code: c.code };
}

test('letterhead, preview page by page, record the professional and the family letter, list them with a verzonden record, save one', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(240_000);
  await expect(field(page, 'Teamnaam')).toBeVisible();
  await createVault(page, { team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();

  // --- Briefpapier ---
  await page.getByRole('link', { name: 'Briefpapier' }).click();
  await expect(page.getByRole('heading', { name: 'Briefpapier', level: 1 })).toBeVisible();
  await field(page, 'Naam van het team').fill(TEAM);
  await field(page, 'Naam onder de brief').fill(CHAIR);
  await field(page, 'Functie onder de brief').fill('Voorzitter expertteam');
  const upload = page.locator('input[type=file]');
  await upload.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('dit is geen afbeelding') });
  await expect(page.getByRole('alert').filter({ hasText: 'Dit bestand is geen PNG- of SVG-afbeelding.' })).toBeVisible();
  await upload.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
  await expect(page.getByRole('img', { name: 'Logo van het team' })).toBeVisible();
  await expect(field(page, 'Naam van het team')).toHaveValue(TEAM); // nothing typed lost
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Het briefpapier is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByRole('region', { name: 'Voorbeeld van het briefpapier' }).locator('canvas')).toHaveCount(1);

  // --- An approved advice, then the case file's Brieven ---
  const { caseId, code } = await seedApprovedAdvice(bridge);
  await page.goto(`${bridge.url}#/cases/${caseId}`);
  await page.getByRole('tab', { name: 'Brieven' }).click();
  await expect(page.getByText('Nog geen brieven vastgelegd.')).toBeVisible();

  for (const [kind, number] of [['Adviesbrief', 1], ['Brief voor jeugdige en ouders', 2]] as const) {
    await page.getByRole('radiogroup', { name: 'Soort brief' }).getByText(kind, { exact: true }).click();
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const dialog = page.getByRole('dialog');
    const pages = dialog.getByRole('img', { name: /^Pagina \d+ van \d+$/ });
    await expect(pages.first()).toBeVisible();
    await expect(dialog.getByText(/^\d+ pagina/)).toBeVisible();
    const total = Number(/van (\d+)/.exec((await pages.first().getAttribute('aria-label'))!)![1]);
    await expect(pages).toHaveCount(total);
    await dialog.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `is vastgelegd als brief ${number}` })).toBeVisible();
  }

  const table = page.getByRole('table', { name: 'Vastgelegde brieven' });
  await expect(table.getByText(`Adviesbrief ${code}`)).toBeVisible();
  await expect(table.getByText(`Brief over het advies ${code}`)).toBeVisible();
  await expect(table.getByText('Brief 1 · adviesversie 1', { exact: false })).toBeVisible();

  // Verzonden: to whom, how, when.
  await table.getByRole('button', { name: `Verzending vastleggen van Adviesbrief ${code}` }).click();
  await field(page, 'Aan wie').fill('Wijkteam Wilgenwaard-Oost');
  await page.getByRole('dialog').getByRole('button', { name: 'Vastleggen' }).click();
  await expect(table.getByText(/aan Wijkteam Wilgenwaard-Oost, per beveiligde e-mail, op \d\d-\d\d-\d{4}/)).toBeVisible();

  // Save a copy: the dialog says it is plain outside the vault; the file is the recorded PDF, named by code and date.
  await table.getByRole('button', { name: `Adviesbrief ${code} opslaan als PDF` }).click();
  const save = page.getByRole('dialog', { name: 'PDF opslaan' });
  await expect(save.getByText('onversleuteld buiten de kluis', { exact: false })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), save.getByRole('button', { name: 'Opslaan', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`${code}_adviesbrief_${todayIso()}.pdf`);
  const bytes = await readFile((await download.path())!);
  const letters = await bridge.backend.call('letters.list', { caseId });
  const pro = letters.find((l) => l.kind === 'professional')!;
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(pro.sha256);
});
