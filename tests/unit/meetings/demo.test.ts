import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/app.js';
import { generateDemoData } from '../../../electron/node/demo/index.js';
import type { Ctx } from '../../../electron/node/dispatch/types.js';
import { unlockedBackend } from '../helpers.js';

const NOW = '2026-11-26T08:00:00.000Z';

function ctxOf(b: Backend): Ctx {
  const session = b.vault.requireSession();
  return { vault: b.vault, db: session.db, session, now: NOW, emit: () => {} };
}

async function demoVault(seed: number) {
  const b = await unlockedBackend();
  const r = generateDemoData(ctxOf(b), { cases: 300, seed });
  return { b, r };
}

describe('demo meetings', () => {
  it('a year of series: past meetings with attendance, notes and decisions, upcoming ones with agendas, the same for the same seed', async () => {
    const { b, r } = await demoVault(7);
    expect(r.meetings.past).toBeGreaterThanOrEqual(25);
    expect(r.meetings.discussed).toBeGreaterThan(20);
    expect(r.meetings.upcomingWithAgenda).toBeGreaterThanOrEqual(2);
    const db = b.vault.requireSession().db;
    const q = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(q(`SELECT count(*) FROM meetings WHERE date < '2026-11-26' AND status = 'afgerond' AND decisions_status = 'vastgesteld'`)).toBeGreaterThan(15);
    expect(q(`SELECT count(DISTINCT meeting_id) FROM meeting_attendance`)).toBe(r.meetings.past - r.meetings.cancelled);
    expect(q(`SELECT count(*) FROM item_notes`)).toBeGreaterThan(r.meetings.discussed * 5);
    expect(q(`SELECT count(*) FROM meetings WHERE date >= '2026-11-26'`)).toBeGreaterThanOrEqual(12);
    expect(q(`SELECT count(*) FROM agenda_guests`)).toBeGreaterThan(0);

    const upcoming = (await b.dispatcher.call('meetings.list', { from: '2026-11-26' })).find((m) => m.itemCount > 0)!;
    const detail = await b.dispatcher.call('meetings.get', { meetingId: upcoming.id });
    expect(detail.items.every((i) => i.plannedStart !== '')).toBe(true);

    const dump = (x: Backend) =>
      x.vault
        .requireSession()
        .db.prepare(`SELECT m.date, m.status, group_concat(c.code) AS codes FROM meetings m
          LEFT JOIN agenda_items a ON a.meeting_id = m.id LEFT JOIN cases c ON c.id = a.case_id GROUP BY m.id ORDER BY m.date`)
        .all();
    const again = await demoVault(7);
    expect(dump(again.b)).toEqual(dump(b));
  });
});
