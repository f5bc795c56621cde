/** `npm run cli -- import --file F [--dry-run]` as a real subprocess against a temp vault. All data fictional. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, init, inProcess, vaultDir } from '../cli/run.js';
import { CLOSED, OPEN, csv, xlsxBase64 } from './files.js';

const casesIn = (dir: string) =>
  inProcess(dir, async (b) => b.vault.requireSession().db.prepare('SELECT code, status FROM cases ORDER BY id').all() as { code: string; status: string }[]);

describe('cli import', { timeout: 180_000 }, () => {
  it('a dry run lists the problems by row and column in Dutch, fails with one line and imports nothing', async () => {
    const dir = vaultDir('import-bad');
    expect(init(dir).status).toBe(0);
    const file = join(dir, '..', 'import-bad.csv');
    writeFileSync(file, csv([CLOSED, { ...OPEN, 'aanmelder type': 'Buurtteam' }]));
    const r = cli(['import', '--data-dir', dir, '--file', file, '--dry-run']);
    expectOneLineFailure(r, /1 probleem; er is niets geïmporteerd/);
    expect(r.stdout).toContain('rij 3, kolom ‘aanmelder type’: ‘Buurtteam’ is geen waarde die de app kent.');
    expect(await casesIn(dir)).toEqual([]);
  });

  it('a dry run of a good file shows what would be created; the real run (XLSX) creates it', async () => {
    const dir = vaultDir('import-good');
    expect(init(dir).status).toBe(0);
    const csvFile = join(dir, '..', 'import-good.csv');
    writeFileSync(csvFile, csv([CLOSED, OPEN], { sep: ',', bom: false }));
    const dry = cli(['import', '--data-dir', dir, '--file', csvFile, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Bij importeren worden 2 casussen aangemaakt.');
    expect(dry.stdout).toContain('rij 2: 2024-001, F.Z., aangemeld 03-02-2024, Zuiderdam, afgesloten, advies 12-03-2024, afgesloten 15-07-2024');
    expect(await casesIn(dir)).toEqual([]);

    const xlsxFile = join(dir, '..', 'import-good.XLSX');
    writeFileSync(xlsxFile, Buffer.from(await xlsxBase64([CLOSED, OPEN]), 'base64'));
    const real = cli(['import', '--data-dir', dir, '--file', xlsxFile]);
    expect(real.status, real.stderr).toBe(0);
    expect(real.stdout).toContain('2 casussen geïmporteerd (2024-001 tot en met 2025-001).');
    expect(await casesIn(dir)).toEqual([
      { code: '2024-001', status: 'afgesloten' },
      { code: '2025-001', status: 'aangemeld' },
    ]);
  });

  it('refuses a missing --file and another file type with one line', () => {
    expectOneLineFailure(cli(['import', '--data-dir', vaultDir('import-good')]), /--file/);
    expectOneLineFailure(cli(['import', '--data-dir', vaultDir('import-good'), '--file', 'registratie.txt']), /\.csv- of \.xlsx-bestand/);
  });
});
