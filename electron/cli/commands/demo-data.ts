/** `demo-data`: add N fictional cases (demo and test vaults only), audited as 'demo.generate'. */
import { actingRole, can } from '../../../shared/domain/roles.js';
import { CASE_STATUSES } from '../../../shared/domain/status.js';
import { formatMessage } from '../../../shared/i18n/messages.js';
import { appendAudit } from '../../node/audit/audit.js';
import { generateDemoData } from '../../node/demo/index.js';
import { unlock } from '../session.js';
import { CliError, device, intOption, type Command } from '../util.js';

export const demoDataCommand: Command = {
  name: 'demo-data',
  usage: [
    'demo-data --cases N [--seed S] [--force]',
    '                              voeg N fictieve casussen toe (alleen voor demo- en testkluizen)',
  ],
  options: ['data-dir', 'user', 'cases', 'seed', 'force'],
  async run(backend, opts) {
    const count = intOption('cases', opts.cases, 1, 100_000);
    if (count === undefined) throw new CliError('geef het aantal casussen met --cases N', 2);
    const seedOption = intOption('seed', opts.seed, 0, 2 ** 32 - 1);
    const info = await unlock(backend, opts);
    const session = backend.vault.requireSession();
    const { db } = session;
    const audit = (outcome: string) =>
      appendAudit(db, {
        userId: info.userId,
        userName: info.userName,
        role: actingRole(info.roles, 'case.create') ?? info.roles.join('+'),
        action: 'demo.generate',
        caseId: null,
        outcome,
        device,
      });
    if (!can(info.roles, 'case.create')) {
      audit('denied');
      throw new CliError(`${formatMessage('nl', 'e.FORBIDDEN')} (nodig: case.create, rol voorzitter of screener)`);
    }
    // Demo cases cannot be removed again: do not mix them into a vault with real cases by accident.
    const existing = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const demoBefore = db.prepare(`SELECT 1 FROM audit_log WHERE action = 'demo.generate' AND outcome = 'ok' LIMIT 1`).get();
    if (existing > 0 && !demoBefore && !opts.force) {
      throw new CliError(
        `deze teamkluis bevat al ${existing} casussen die niet door demo-data zijn gemaakt; fictieve casussen zijn niet te verwijderen (gebruik --force als dit echt een test- of demokluis is)`,
      );
    }
    const seed = seedOption ?? existing + 1;
    const started = performance.now();
    const result = db.transaction(() => {
      const r = generateDemoData(
        { vault: backend.vault, db, session, now: new Date().toISOString(), emit: () => {} },
        { cases: count, seed },
      );
      audit('ok');
      return r;
    })();
    const seconds = (performance.now() - started) / 1000;
    const perStatus = CASE_STATUSES.filter((s) => result.cases.byStatus[s]).map((s) => `${s} ${result.cases.byStatus[s]}`);
    process.stdout.write(
      `${result.cases.count} fictieve casussen toegevoegd in ${seconds.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} s (seed ${seed}).\n` +
        `Per status: ${perStatus.join(', ')}\n`,
    );
    return 0;
  },
};
