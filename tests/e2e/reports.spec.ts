/**
 * The reports dashboard end to end, in Chromium through the loopback bridge, on fictional demo
 * data (the CLI's demo-data on the test's vault): the default period is the last complete
 * half-year; another quick choice, a typed period and a municipality change the figures, and
 * every figure shown is the one reports.period returns; each figure states its base and answer
 * mode; a click on a bar (and Enter on a table row) opens the codes and initials of its cases,
 * which link to the case file; 'intern gebruik' shows exact counts, marked; the chair marks a
 * signaal fit in an anonymised wording; the CSV (BOM, ';', decimal comma), the PDF and the XLSX
 * are saved; the chair's summary is guarded and kept per period; axe finds nothing serious on
 * the dashboard or its case list.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basisSentence, type Cell, type PeriodReport } from '../../shared/api/index.js';
import { isoToDutch, todayIso } from '../../shared/domain/dates.js';
import { quickChoices } from '../../renderer/features/reports/period.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { expect, test, type Bridge } from './fixtures.js';
import { dismissNotifications, ReportsPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Rapportland';
const CHAIR = 'Voorzitter Roos Cijferink';
const PASS = 'oranje giraffe telt de sterren';

/** Demo data as a team would load it: the CLI, on the (locked) vault of this test's bridge. */
async function loadDemoData(bridge: Bridge, cases: number): Promise<void> {
  await bridge.backend.lock();
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'demo-data', '--cases', String(cases), '--seed', '11', '--data-dir', bridge.dataDir],
    { env: { ...process.env, ADVIESTAFEL_PASSPHRASE: PASS }, timeout: 180_000 },
  );
}

const shown = (c: Cell) => (c.hidden === 'none' && c.n !== null ? c.n.toLocaleString('nl-NL') : c.display);

async function report(bridge: Bridge, from: string, to: string, mode: 'public' | 'internal' = 'public'): Promise<PeriodReport> {
  return bridge.backend.call('reports.period', { from, to, municipality: '', mode, lang: 'nl' });
}

/** Every large number and every row of the given figures on screen is the backend's. */
async function expectFigures(reports: ReportsPage, r: PeriodReport, keys: string[]): Promise<void> {
  for (const row of r.tables.find((t) => t.key === 'totals')!.rows) await expect(reports.total(row.key)).toHaveText(shown(row.cell));
  for (const key of keys) {
    const table = r.tables.find((t) => t.key === key)!;
    await expect(reports.basis(key)).toHaveText(basisSentence(table.basis, 'nl'));
    for (const row of table.rows) await expect(reports.count(key, row.key)).toHaveText(shown(row.cell));
  }
}

const referrals = (r: PeriodReport) => r.tables.find((t) => t.key === 'totals')!.rows[0]!.cell.n;

test('dashboard on demo data: period, figures with their base, a bar to its cases, intern gebruik, a signaal, CSV, PDF and XLSX, summary', async ({
  app: page,
  bridge,
  vault,
  caseList,
  shell,
}) => {
  test.setTimeout(300_000);
  await expect(vault.teamName).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible();
  await loadDemoData(bridge, 240);
  await page.reload();
  await vault.unlock(CHAIR, PASS);
  await expect(caseList.rows.first()).toBeVisible({ timeout: 30_000 });

  // --- the default: the last complete half-year ---
  await shell.navigate('Rapportage');
  const reports = new ReportsPage(page);
  await expect(reports.heading).toBeVisible({ timeout: 30_000 });
  const choices = quickChoices(todayIso());
  const half = choices[1]!.period;
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(half.to));
  await expect(page.getByRole('combobox', { name: 'Periode', exact: true })).toHaveValue(/halfjaar/);
  const first = await report(bridge, half.from, half.to);
  await expectFigures(reports, first, ['referrer_type', 'age_group', 'knelpunt', 'team_activity']);
  await expect(reports.basis('knelpunt')).toContainText('1 antwoord mogelijk, afgesloten casussen (N=');
  await expect(reports.basis('team_activity')).toContainText('meerdere antwoorden mogelijk, percentages van');
  await expectNoSeriousA11yViolations(page, 'reports dashboard');

  // --- a quick choice: this calendar year ---
  const year = choices[4]!;
  await reports.choosePeriod(`Heel ${year.year}`);
  await reports.expectPeriod(isoToDutch(year.period.from), isoToDutch(year.period.to));
  const second = await report(bridge, year.period.from, year.period.to);
  expect(referrals(second)).not.toBe(referrals(first));
  await expectFigures(reports, second, ['referrer_type', 'referrals_per_month']);

  // --- a typed period (dd-mm-jjjj): a wrong date is refused at its field, nothing else changes ---
  await reports.typePeriod('31-02-2026', '01-01-2026');
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.')).toBeVisible();
  await reports.expectPeriod(isoToDutch(year.period.from), isoToDutch(year.period.to));
  const to = todayIso();
  await reports.typePeriod(isoToDutch(half.from), isoToDutch(to));
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(to));
  expect(page.url()).toContain(`from=${half.from}&to=${to}`);
  const third = await report(bridge, half.from, to);
  await expectFigures(reports, third, ['referrer_type']);

  // --- one municipality: its own figures; Back returns to all municipalities ---
  const town = (await bridge.backend.call('cases.municipalities', {}))[0]!;
  await reports.chooseMunicipality(town);
  await expect(reports.periodLine).toContainText(`gemeente ${town}`);
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(to));
  const local = await bridge.backend.call('reports.period', { from: half.from, to, municipality: town, mode: 'public', lang: 'nl' });
  expect(local.tables.find((t) => t.key === 'totals')!.rows[0]!.cell).not.toEqual(third.tables.find((t) => t.key === 'totals')!.rows[0]!.cell);
  await expectFigures(reports, local, ['referrer_type']);
  await page.goBack();
  await expect(reports.periodLine).toContainText('alle gemeenten');
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(to));
  await expectFigures(reports, third, []);

  // --- a click on a bar: the cases behind it, codes and initials, linking to the case ---
  const internal = await report(bridge, half.from, to, 'internal');
  const types = internal.tables.find((t) => t.key === 'referrer_type')!;
  const biggest = [...types.rows].sort((a, b) => (b.cell.n ?? 0) - (a.cell.n ?? 0))[0]!;
  expect(biggest.cell.n).toBeGreaterThan(0);
  await reports.bar('referrer_type', biggest.key).click();
  const dialog = reports.casesDialog(biggest.label);
  await expect(dialog).toBeVisible();
  const behind = await bridge.backend.call('reports.cases', { from: half.from, to, municipality: '', figure: 'referrer_type', row: biggest.key });
  await expect(reports.casesRows(biggest.label)).toHaveCount(behind.cases.length);
  expect(behind.cases.length).toBe(biggest.cell.n);
  const firstCase = behind.cases[0]!;
  const row = reports.casesRows(biggest.label).filter({ hasText: firstCase.code });
  await expect(row).toContainText(firstCase.initials);
  await expectNoSeriousA11yViolations(page, 'reports drill-down dialog');
  await row.getByRole('link', { name: firstCase.code }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${firstCase.caseId}(\\?|$)`));
  await page.goBack();
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(to));

  // The keyboard way to the same list: a category in the table.
  const other = types.rows.find((r) => r.key !== biggest.key && (r.cell.n ?? 0) > 0)!;
  await reports.rowButton('referrer_type', other.label).focus();
  await page.keyboard.press('Enter');
  await expect(reports.casesRows(other.label)).toHaveCount(other.cell.n!);
  await page.keyboard.press('Escape');
  await expect(reports.casesDialog(other.label)).toBeHidden();

  // --- intern gebruik: exact counts, clearly marked; off again, "<5" is back ---
  const publicNow = await report(bridge, half.from, to);
  const small = publicNow.tables
    .flatMap((t) => t.rows.map((r) => ({ key: t.key, row: r })))
    .find((x) => x.row.cell.hidden === 'small' && x.key !== 'totals')!;
  expect(small, 'demo data give at least one count below 5').toBeTruthy();
  const exact = internal.tables.find((t) => t.key === small.key)!.rows.find((r) => r.key === small.row.key)!.cell.n!;
  await expect(reports.count(small.key, small.row.key)).toHaveText('<5');
  await reports.internalToggle.check();
  await expect(reports.internalBanner).toBeVisible();
  await expect(reports.figure(small.key).getByTestId('internal-badge')).toBeVisible();
  await expect(reports.count(small.key, small.row.key)).toHaveText(String(exact));
  await reports.internalToggle.uncheck();
  await expect(reports.internalBanner).toBeHidden();
  await expect(reports.count(small.key, small.row.key)).toHaveText('<5');

  // --- signalen: the chair marks one fit, in an anonymised wording; the report shows that wording ---
  const entries = await bridge.backend.call('reports.signals', { from: half.from, to, municipality: '' });
  const notFit = entries.find((e) => !e.fit)!;
  expect(notFit, 'demo data hold a signaal judged not fit').toBeTruthy();
  const signals = page.getByTestId('report-signals');
  const wording = 'Opnieuw geen passende plek voor een jongere met LVB en psychiatrische problematiek.';
  await expect(signals).not.toContainText(wording);
  await page.getByRole('button', { name: 'Signalen beoordelen', exact: true }).click();
  const entry = page.getByRole('article', { name: `Overleg van ${isoToDutch(notFit.meetingDate)} · ${notFit.caseCode}` }).filter({ hasText: notFit.noteText.trim() });
  await entry.getByRole('checkbox', { name: 'Geschikt voor de rapportage' }).check();
  await entry.getByRole('textbox', { name: 'Tekst in de rapportage' }).fill(wording);
  await entry.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(signals).toContainText(wording);
  await expect(signals).not.toContainText(notFit.caseCode);

  // --- exports: the bytes the backend made, as Dutch Excel opens them ---
  await dismissNotifications(page);
  const csv = await reports.export('CSV');
  expect(csv.suggestedFilename()).toBe(`rapportage_${half.from}_${to}.csv`);
  const csvBytes = await readFile((await csv.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csvBytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.filter((l) => l.split(';').length >= 3).length).toBeGreaterThan(10); // ';' between fields
  expect(lines.some((l) => /;\d+,\d/.test(l))).toBe(true); // a decimal comma
  expect(csvBytes.toString('utf8')).not.toContain(firstCase.code);
  await dismissNotifications(page);
  const pdf = await reports.export('PDF');
  expect(pdf.suggestedFilename()).toMatch(/^rapportage_.*\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await dismissNotifications(page);
  const xlsx = await reports.export('Excel (XLSX)');
  expect(xlsx.suggestedFilename()).toMatch(/^rapportage_.*\.xlsx$/);
  expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as every .xlsx

  // --- the chair's summary: leaving the period with unsaved text asks first; kept per period ---
  const text = 'In deze periode liepen vooral zoektochten naar verblijf met behandeling vast.';
  await reports.summary.fill(text);
  await reports.choosePeriod(`Heel ${year.year}`);
  const ask = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De samenvatting is opgeslagen.')).toBeVisible();
  await reports.expectPeriod(isoToDutch(year.period.from), isoToDutch(year.period.to));
  await expect(reports.summary).toHaveValue('');
  await page.goBack();
  await reports.expectPeriod(isoToDutch(half.from), isoToDutch(to));
  await expect(reports.summary).toHaveValue(text);
});
