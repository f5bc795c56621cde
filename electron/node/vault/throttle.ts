/**
 * The one throttle for secret checks of a vault: unlocks, recoveries,
 * passphrase changes, role-change confirmations and the advice step-up all
 * count against it. Only one check runs at a time, and the throttle is
 * consulted before the slow key derivation starts, so parallel attempts cannot
 * slip past it. Three free failures, then doubling waits up to five minutes.
 * Failures are kept in memory only: a wrong passphrase changes no file.
 */
import { AppError, type FieldIssue } from '../../../shared/api/errors.js';

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60_000;

export type SecretCode = 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY';

export class Throttle {
  private failures = 0;
  private blockedUntil = 0;
  private checking = false;

  constructor(private readonly now: () => number) {}

  /** Failed checks since the last good one. */
  get failureCount(): number {
    return this.failures;
  }

  /** Milliseconds until the next check is allowed (0: now). */
  ms(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  /**
   * Run one secret check. Throws THROTTLED while slowed down (or while another
   * check runs); on a failed check (`check` resolves null) calls `onFailure`,
   * then throws `code` with the failure count and the wait, plus `fields`.
   */
  async attempt<T>(code: SecretCode, check: () => Promise<T | null>, opts: { onFailure?: () => void; fields?: Record<string, FieldIssue> } = {}): Promise<T> {
    const wait = this.ms();
    if (wait > 0 || this.checking) {
      const ms = Math.max(wait, 1000);
      throw new AppError('THROTTLED', { seconds: Math.ceil(ms / 1000), retryAfterMs: ms });
    }
    this.checking = true;
    try {
      const res = await check();
      if (res) {
        this.failures = 0;
        return res;
      }
    } finally {
      this.checking = false;
    }
    this.failures += 1;
    if (this.failures >= FREE_ATTEMPTS) {
      this.blockedUntil = this.now() + Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS + 1));
    }
    opts.onFailure?.();
    throw new AppError(code, { failures: this.failures, retryAfterMs: this.ms() }, opts.fields);
  }
}
