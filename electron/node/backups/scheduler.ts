/**
 * When automatic backups run (issue 13): after a meeting day (a meeting is
 * stopped or its besluitenlijst set), at least daily while the app is used
 * (a timer), and at lock when the last good backup is older than a day. Only
 * with an unlocked, idle session and a folder set; a failed attempt is retried
 * after an hour, not at every tick.
 *
 * A backup holds the backend for a few seconds at 10,000 cases, so the daily one
 * waits while a meeting day is open (a meeting running, or one planned for today
 * that has not ended): the team opens the app for its meeting, and the backup then
 * comes when the meeting stops or the besluitenlijst is set, or at lock.
 */
import type { Emit } from '../../../shared/api/events.js';
import { log } from '../log.js';
import type { Vault } from '../vault/vault.js';
import { readConfig, readStatus } from './config.js';
import { runBackup, type BackupTrigger } from './job.js';
import type { BackupStep } from './write.js';

export const DAY_MS = 24 * 60 * 60_000;
const RETRY_MS = 60 * 60_000;
/** Calls that close a meeting day. */
export const MEETING_DAY_METHODS: ReadonlySet<string> = new Set(['meetings.stop', 'meetings.establishDecisions']);

export interface SchedulerOptions {
  vault: Vault;
  emit: Emit;
  now: () => number;
  device: string;
  /** How often the daily check runs (default 5 minutes). */
  intervalMs?: number;
  /** How long after an unlock the first check runs (default 30 s). */
  afterUnlockMs?: number;
  inject?: (step: BackupStep) => void;
}

export class BackupScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running = false;
  private stopped = false;

  constructor(private readonly opts: SchedulerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.opts.intervalMs ?? 5 * 60_000);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** True when a backup is due: a folder is set, the last good one is older than `maxAgeMs`, and no failure in the last hour. */
  due(maxAgeMs = DAY_MS): boolean {
    const s = this.opts.vault.session;
    if (!s || this.running || this.stopped) return false;
    if (!readConfig(s.db).folder) return false;
    const st = readStatus(s.db);
    const now = this.opts.now();
    if (st.lastError && st.lastAttemptAt && now - Date.parse(st.lastAttemptAt) < RETRY_MS) return false;
    return !st.lastSuccessAt || now - Date.parse(st.lastSuccessAt) >= maxAgeMs;
  }

  /** The timer's check: a backup when the last good one is a day old, unless a meeting day is open. */
  tick(): boolean {
    return this.due() && !this.meetingDayOpen() ? this.run('daily') : false;
  }

  /** A meeting is running, or one is planned for today (local date) and has not ended or been cancelled. */
  meetingDayOpen(): boolean {
    const s = this.opts.vault.session;
    if (!s) return false;
    const d = new Date(this.opts.now());
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return (
      s.db.prepare(`SELECT 1 FROM meetings WHERE status = 'bezig' OR (status = 'gepland' AND date = ?) LIMIT 1`).get(today) !== undefined
    );
  }

  /** After a successful call: a meeting day that closed gets its backup, after the reply went out. */
  afterCall(method: string): void {
    // Back after a day away: the overdue backup runs half a minute after unlocking, not at the next tick.
    if (method === 'vault.unlock' || method === 'vault.recover') {
      setTimeout(() => this.tick(), this.opts.afterUnlockMs ?? 30_000).unref();
      return;
    }
    if (!MEETING_DAY_METHODS.has(method)) return;
    setTimeout(() => {
      if (this.due(10 * 60_000)) this.run('meeting');
    }, 0).unref();
  }

  /** Right before a lock: a backup when the last good one is older than a day. */
  beforeLock(): void {
    if (this.due()) this.run('lock');
  }

  /** Run now; never throws (the outcome is recorded and raised as an event). */
  run(trigger: BackupTrigger): boolean {
    const session = this.opts.vault.session;
    if (!session || this.running) return false;
    this.running = true;
    try {
      runBackup({
        session,
        dataDir: this.opts.vault.dataDir,
        emit: this.opts.emit,
        now: new Date(this.opts.now()),
        trigger,
        device: this.opts.device,
        ...(this.opts.inject ? { inject: this.opts.inject } : {}),
      });
      return true;
    } catch (err) {
      log.warn('automatic backup failed', { trigger, code: (err as { code?: string }).code ?? 'UNKNOWN' });
      return false;
    } finally {
      this.running = false;
    }
  }
}
