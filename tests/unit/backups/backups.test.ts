/**
 * Automatic backups and restore through the dispatcher, on real encrypted
 * vaults: configuring the folder, a verified backup with its keyring, the
 * status and its warning, bad input (folder missing / not writable, full disk,
 * a damaged or foreign file, a wrong passphrase: the current vault untouched),
 * and restoring, also a backup made before a re-key.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetBackupThrottle } from '../../../electron/node/backups/inspect.js';
import { runBackup } from '../../../electron/node/backups/job.js';
import { readStatus, writeStatus } from '../../../electron/node/backups/config.js';
import { AppError } from '../../../shared/api/errors.js';
import { PASS, backend, referral, tempDir, unlockedBackend } from '../helpers.js';

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return (err as AppError).code;
  }
  return 'ok';
};

async function withBackups(cases = 2) {
  const b = await unlockedBackend();
  for (let i = 0; i < cases; i++) await b.dispatcher.call('cases.create', { referral: referral({ first: `Fenna${i}` }) });
  const folder = tempDir();
  await b.dispatcher.call('backups.configure', { folder, daily: 7, weekly: 4, monthly: 12 });
  return Object.assign(b, { folder });
}

const dbFiles = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.db')).sort();

beforeEach(() => resetBackupThrottle());

describe('automatic backups', () => {
  it('writes a verified backup with its keyring, named by date and time only, and reports the status', async () => {
    const b = await withBackups();
    expect((await b.dispatcher.call('backups.status', {})).warn).toBe(true); // never backed up yet
    const r = await b.dispatcher.call('backups.run', {});
    expect(r.cases).toBe(2);
    const files = readdirSync(b.folder).sort();
    expect(files).toEqual([r.name, `${r.name}.keyring.json`]);
    expect(r.name).toMatch(/^adviestafel-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}-\d{6}\.db$/);
    expect(readFileSync(join(b.folder, r.name)).subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    expect(statSync(join(b.folder, r.name)).mode & 0o077).toBe(0);
    const status = await b.dispatcher.call('backups.status', {});
    expect(status).toMatchObject({ lastSuccessName: r.name, lastError: null, daysSinceSuccess: 0, warn: false });
    const list = await b.dispatcher.call('backups.list', {});
    expect(list.map((x) => [x.name, x.state])).toEqual([[r.name, 'complete']]);
  });

  it('counts the days since the last good backup and warns after two', async () => {
    const b = await withBackups(0);
    await b.dispatcher.call('backups.run', {});
    const db = b.vault.requireSession().db;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    for (const [hours, days, warn] of [[25, 1, false], [47, 1, false], [49, 2, true], [9 * 24 + 1, 9, true]] as const) {
      writeStatus(db, { ...readStatus(db), lastSuccessAt: hoursAgo(hours), lastAttemptAt: hoursAgo(hours) });
      expect(await b.dispatcher.call('backups.status', {}), `${hours} hours`).toMatchObject({ daysSinceSuccess: days, warn });
    }
  });

  it('refuses a folder that does not exist or is not writable, with the message on the field', async () => {
    const b = await unlockedBackend();
    const missing = join(tempDir(), 'bestaat-niet');
    const err = await b.dispatcher.call('backups.configure', { folder: missing, daily: 7, weekly: 4, monthly: 12 }).catch((e: AppError) => e);
    expect(err).toMatchObject({ code: 'BACKUP_DIR_MISSING', fields: { folder: { key: 'e.BACKUP_DIR_MISSING' } } });
    expect((err as AppError).message).toBe('De doelmap voor de reservekopie bestaat niet.');
    const ro = tempDir();
    chmodSync(ro, 0o500);
    if (process.getuid?.() !== 0) {
      expect(await code(b.dispatcher.call('backups.configure', { folder: ro, daily: 7, weekly: 4, monthly: 12 }))).toBe('BACKUP_DIR_NOT_WRITABLE');
    }
    chmodSync(ro, 0o700);
    expect(await code(b.dispatcher.call('backups.configure', { folder: 'relatief/pad', daily: 7, weekly: 4, monthly: 12 }))).toBe('VALIDATION');
    expect(await code(b.dispatcher.call('backups.run', {}))).toBe('BACKUP_NOT_CONFIGURED');
  });

  it('a full disk halfway leaves no partial file, keeps earlier backups and shows the failure', async () => {
    const b = await withBackups();
    const first = await b.dispatcher.call('backups.run', {});
    const session = b.vault.requireSession();
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    for (const at of ['copy', 'verify', 'keyring'] as const) {
      const err = (() => {
        try {
          runBackup({
            session,
            dataDir: b.dataDir,
            emit: () => {},
            now: new Date(Date.now() + 60_000),
            trigger: 'daily',
            device: 'test',
            inject: (step) => {
              if (step === at) throw full;
            },
          });
        } catch (e) {
          return e as AppError;
        }
        return null;
      })();
      expect(err?.code).toBe('BACKUP_DISK_FULL');
      expect(err?.message).toContain('vol');
      expect(readdirSync(b.folder).sort()).toEqual([first.name, `${first.name}.keyring.json`]);
    }
    const status = await b.dispatcher.call('backups.status', {});
    expect(status).toMatchObject({ lastError: 'BACKUP_DISK_FULL', warn: true, lastSuccessName: first.name });
    // The vault itself is fine and the next backup works.
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(2);
  });

  it('rotates the folder, leaving other files and other vaults alone', async () => {
    const b = await withBackups(0);
    await b.dispatcher.call('backups.configure', { folder: b.folder, daily: 2, weekly: 0, monthly: 0 });
    writeFileSync(join(b.folder, 'notities.txt'), 'van iemand anders');
    writeFileSync(join(b.folder, 'adviestafel-00000000-2020-01-01-120000.db'), 'ander team');
    const session = b.vault.requireSession();
    const names: string[] = [];
    for (let d = 0; d < 4; d++) {
      names.push(runBackup({ session, dataDir: b.dataDir, emit: () => {}, now: new Date(2026, 0, 10 + d, 18), trigger: 'daily', device: 'test' }).name);
    }
    const left = readdirSync(b.folder).sort();
    expect(left).toContain('notities.txt');
    expect(left).toContain('adviestafel-00000000-2020-01-01-120000.db');
    expect(dbFiles(b.folder).filter((n) => !n.includes('00000000'))).toEqual(names.slice(2).sort());
    // A clock turned back: the backup just written stays, although newer-dated ones exist.
    const back = runBackup({ session, dataDir: b.dataDir, emit: () => {}, now: new Date(2025, 5, 1, 12), trigger: 'daily', device: 'test' });
    expect(dbFiles(b.folder)).toContain(back.name);
  });

  it('runs at lock when the last good backup is older than a day, and after a meeting day', async () => {
    const b = await withBackups();
    expect(b.backups.due()).toBe(true);
    b.backups.beforeLock();
    expect(dbFiles(b.folder)).toHaveLength(1);
    expect(b.backups.due()).toBe(false);
    const audit = b.vault.requireSession().db.prepare(`SELECT outcome FROM audit_log WHERE action = 'backup.auto'`).pluck().all();
    expect(audit).toEqual(['ok']);
    // Other calls do not make one.
    b.backups.afterCall('cases.list');
    await new Promise((r) => setTimeout(r, 20));
    expect(dbFiles(b.folder)).toHaveLength(1);
  });

  it('the daily backup waits while a meeting day is open and comes when the meeting is over', async () => {
    const b = await withBackups(1);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const meeting = await b.dispatcher.call('meetings.addExtra', { date: today, startTime: '', endTime: '', location: '', videoLink: '' });
    expect(b.backups.due()).toBe(true);
    expect(b.backups.tick()).toBe(false); // planned for today: no freeze while the team sits down
    expect(dbFiles(b.folder)).toHaveLength(0);
    await b.dispatcher.call('meetings.cancel', { meetingId: meeting.id, reason: 'Voorzitter ziek' });
    expect(b.backups.tick()).toBe(true); // no meeting left today
    expect(dbFiles(b.folder)).toHaveLength(1);
  });

  it('backs up after a meeting day closes', async () => {
    const b = await withBackups(1);
    b.backups.afterCall('meetings.stop');
    expect(dbFiles(b.folder)).toHaveLength(0); // not during the call
    await new Promise((r) => setTimeout(r, 50));
    expect(dbFiles(b.folder)).toHaveLength(1);
    expect(b.vault.requireSession().db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'backup.auto' AND outcome = 'ok'`).pluck().get()).toBe(1);
  });
});

describe('restore', () => {
  it('shows a backup, opens it with its passphrase, and restores it with the current vault kept aside', async () => {
    const b = await withBackups(3);
    const r = await b.dispatcher.call('backups.run', {});
    const file = join(b.folder, r.name);
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'NaBackup' }) });
    const info = await b.dispatcher.call('backups.inspect', { file });
    expect(info).toMatchObject({ teamName: 'Expertteam Testregio', sameVault: true, users: [{ id: 1, name: 'Voorzitter Test' }] });
    const opened = await b.dispatcher.call('backups.open', { file, userId: 1, passphrase: PASS });
    expect(opened.cases).toBe(3);
    expect(opened.newestAudit?.action).toBeTruthy();
    b.vault.lock();
    const restored = await b.dispatcher.call('backups.restore', { file, userId: 1, passphrase: PASS });
    expect(restored.session.userName).toBe('Voorzitter Test');
    expect(restored.asideDir).toMatch(/^voor-terugzetten-/);
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(3);
    const db = b.vault.requireSession().db;
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'backup.restore'`).pluck().get()).toBe(1);
    // The previous vault is kept, whole, and still opens.
    const aside = join(b.dataDir, restored.asideDir!);
    expect(readdirSync(aside)).toEqual(expect.arrayContaining(['adviestafel.db', 'keyring.json']));
    const old = backend(aside);
    await old.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect((await old.dispatcher.call('cases.list', {})).total).toBe(4);
    // The backup folder is only read.
    expect(readdirSync(b.folder).sort()).toEqual([r.name, `${r.name}.keyring.json`]);
    expect((await b.dispatcher.call('backups.status', {})).keptAside).toEqual([restored.asideDir]);
  });

  it('opening a copy of the vault made by hand (in WAL mode) leaves nothing beside it', async () => {
    const b = await withBackups(2);
    b.vault.lock();
    const dir = tempDir();
    const file = join(dir, 'handkopie.db');
    copyFileSync(join(b.dataDir, 'adviestafel.db'), file);
    copyFileSync(join(b.dataDir, 'keyring.json'), `${file}.keyring.json`);
    expect((await b.dispatcher.call('backups.open', { file, userId: 1, passphrase: PASS })).cases).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['handkopie.db', 'handkopie.db.keyring.json']);
  });

  it('a backup made before a re-key opens and restores with its own keyring', async () => {
    const b = await withBackups(1);
    await b.dispatcher.call('users.create', { name: 'Screener Test', roles: ['screener'], passphrase: 'screener wachtzin lang' });
    const r = await b.dispatcher.call('backups.run', {});
    const file = join(b.folder, r.name);
    const before = JSON.parse(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8')).generation as number;
    await b.dispatcher.call('vault.rekey', {});
    expect(JSON.parse(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8')).generation).toBe(before + 1);
    // The live keyring no longer opens the backup; its own does.
    expect((await b.dispatcher.call('backups.open', { file, userId: 2, passphrase: 'screener wachtzin lang' })).cases).toBe(1);
    const restored = await b.dispatcher.call('backups.restore', { file, userId: 1, passphrase: PASS });
    expect(restored.session.userId).toBe(1);
    expect(JSON.parse(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8')).generation).toBe(before);
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(1);
  });

  it('restores with the recovery key into an empty data folder (a new laptop), issuing a new recovery key', async () => {
    const b = await withBackups(2);
    const r = await b.dispatcher.call('backups.run', {});
    const fresh = backend(tempDir());
    expect((await fresh.dispatcher.call('backups.inspect', { file: join(b.folder, r.name) })).sameVault).toBeNull();
    const res = await fresh.dispatcher.call('backups.restore', { file: join(b.folder, r.name), userId: 1, recoveryKey: b.recoveryKey, newPassphrase: 'een nieuwe lange wachtzin' });
    expect(res.asideDir).toBeNull();
    expect(res.recoveryKey).toMatch(/^[A-Z2-7-]+$/);
    expect((await fresh.dispatcher.call('cases.list', {})).total).toBe(2);
  });

  it('bad input is refused with its own code and leaves the current vault untouched', async () => {
    const b = await withBackups(1);
    const r = await b.dispatcher.call('backups.run', {});
    const file = join(b.folder, r.name);
    const snapshot = () => readdirSync(b.dataDir).sort();
    const liveBytes = () => readFileSync(join(b.dataDir, 'keyring.json'), 'utf8');
    const beforeFiles = snapshot();
    const beforeKeyring = liveBytes();
    expect(await code(b.dispatcher.call('backups.inspect', { file: join(b.folder, 'nergens.db') }))).toBe('BACKUP_NOT_FOUND');
    expect(await code(b.dispatcher.call('backups.restore', { file, userId: 1, passphrase: 'verkeerde wachtzin hier' }))).toBe('WRONG_PASSPHRASE');
    // A damaged copy: a page in the middle overwritten.
    const damaged = join(tempDir(), r.name);
    copyFileSync(file, damaged);
    copyFileSync(`${file}.keyring.json`, `${damaged}.keyring.json`);
    const bytes = readFileSync(damaged);
    bytes.fill(0x41, 8192, 12288);
    writeFileSync(damaged, bytes);
    expect(await code(b.dispatcher.call('backups.restore', { file: damaged, userId: 1, passphrase: PASS }))).toBe('BACKUP_INVALID');
    // A foreign file: not a database of ours.
    const foreign = join(tempDir(), 'vreemd.db');
    writeFileSync(foreign, Buffer.alloc(8192, 7));
    expect(await code(b.dispatcher.call('backups.inspect', { file: foreign }))).toBe('BACKUP_KEYRING_MISSING');
    copyFileSync(`${file}.keyring.json`, `${foreign}.keyring.json`);
    expect(await code(b.dispatcher.call('backups.open', { file: foreign, userId: 1, passphrase: PASS }))).toBe('BACKUP_INVALID');
    writeFileSync(`${foreign}.keyring.json`, '{"niet": "een sleutelbos"}');
    expect(await code(b.dispatcher.call('backups.inspect', { file: foreign }))).toBe('BACKUP_INVALID');
    // Still unlocked, nothing moved, nothing rewritten.
    expect(b.vault.session).not.toBeNull();
    expect(snapshot()).toEqual(beforeFiles);
    expect(liveBytes()).toBe(beforeKeyring);
    expect(existsSync(join(b.dataDir, 'restore.json'))).toBe(false);
  });

  it('two restores in the same second keep both earlier vaults aside, each whole, and a failed third brings back the current one', async () => {
    const b = await withBackups(1);
    const r = await b.dispatcher.call('backups.run', {});
    const file = join(b.folder, r.name);
    const { restoreBackup } = await import('../../../electron/node/backups/restore.js');
    const now = new Date('2026-11-26T10:00:00');
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Tweede' }) });
    const first = await restoreBackup(b.vault, file, { userId: 1, passphrase: PASS }, { now });
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Derde' }) });
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Vierde' }) });
    const second = await restoreBackup(b.vault, file, { userId: 1, passphrase: PASS }, { now });
    expect(second.asideDir).not.toBe(first.asideDir);
    expect(second.asideDir).toBe(`${first.asideDir}-2`);
    // A third in that second fails after the swap: the vault from just before it comes back, not one kept aside.
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Vijfde' }) });
    const failed = await restoreBackup(b.vault, file, { userId: 1, passphrase: PASS }, {
      now,
      onStage: (s) => {
        if (s === 'open') throw Object.assign(new Error('schijf vol'), { code: 'ENOSPC' });
      },
    }).catch((e: AppError) => e);
    expect((failed as AppError).code).toBe('BACKUP_DISK_FULL');
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(2);
    b.vault.lock();
    for (const [dir, cases] of [[first.asideDir!, 2], [second.asideDir!, 3]] as const) {
      const kept = backend(join(b.dataDir, dir));
      await kept.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      expect((await kept.dispatcher.call('cases.list', {})).total).toBe(cases);
      kept.close();
    }
  });

  it('an interrupted restore leaves no side file of the restored vault (WAL, shared memory, rollback journal) beside the vault put back', async () => {
    const b = await withBackups(1);
    const r = await b.dispatcher.call('backups.run', {});
    await b.dispatcher.call('cases.create', { referral: referral() });
    b.vault.lock();
    const before = readdirSync(b.dataDir).sort();
    const { restoreBackup } = await import('../../../electron/node/backups/restore.js');
    const sides = ['adviestafel.db-journal', 'adviestafel.db-wal', 'adviestafel.db-shm'];
    const err = await restoreBackup(b.vault, join(b.folder, r.name), { userId: 1, passphrase: PASS }, {
      onStage: (s) => {
        if (s !== 'open') return;
        // What opening the restored copy leaves when the process dies at that moment.
        for (const f of sides) writeFileSync(join(b.dataDir, f), 'zijbestand van de teruggezette kluis');
        throw Object.assign(new Error('gestopt'), { code: 'EIO' });
      },
    }).catch((e: AppError) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(readdirSync(b.dataDir).sort()).toEqual(before);
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(2);
  });

  it('a failure after the swap puts the current vault back as it was', async () => {
    const b = await withBackups(1);
    const r = await b.dispatcher.call('backups.run', {});
    await b.dispatcher.call('cases.create', { referral: referral() });
    const { restoreBackup } = await import('../../../electron/node/backups/restore.js');
    for (const stage of ['copy', 'swap', 'open'] as const) {
      const err = await restoreBackup(b.vault, join(b.folder, r.name), { userId: 1, passphrase: PASS }, {
        onStage: (s) => {
          if (s === stage) throw Object.assign(new Error('schijf vol'), { code: 'ENOSPC' });
        },
      }).catch((e: AppError) => e);
      expect((err as AppError).code).toBe('BACKUP_DISK_FULL');
      expect(readdirSync(b.dataDir).filter((n) => n.startsWith('voor-terugzetten') || n.startsWith('restore'))).toEqual([]);
      await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      expect((await b.dispatcher.call('cases.list', {})).total).toBe(2);
    }
  });
});
