/**
 * Meeting figures for `npm run bench`, on the benchmark's vault (10,000 cases):
 * - note_autosave_ack_p95_ms: 1,000 saves of a 5 KB note through the dispatcher,
 *   each timed from the call to its return (committed with synchronous=FULL, audit included).
 * - meeting_agenda_load_ms: meetings.get of a meeting with 6 cases (median of 30, audit included).
 */
import type { Backend } from '../../electron/node/app.js';
import { AppError } from '../../shared/api/errors.js';
import { addDays } from '../../shared/domain/meetings.js';
import { todayIso } from '../../shared/domain/dates.js';
import { type Metric, median, timed } from './measure.js';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;

export async function benchMeetings(b: Backend, progress: (msg: string) => void): Promise<Metric[]> {
  progress('overleg: agenda met 6 casussen en 1000 keer autosave...');
  const d = b.dispatcher;
  const { meetingIds } = await d.call('meetings.createSeries', {
    title: 'Benchmarkoverleg',
    weekday: 2,
    startTime: '13:00',
    endTime: '17:00',
    firstDate: addDays(todayIso(), 1),
    capacity: 6,
    monthsAhead: 2,
  });
  const meetingId = meetingIds[0]!;
  const waiting = await d.call('meetings.waiting', {});
  let added = 0;
  for (const c of waiting) {
    if (added === 6) break;
    try {
      await d.call('meetings.addCases', { meetingId, caseIds: [c.caseId] });
      added++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err; // e.g. consent withdrawn since screening
    }
  }
  if (added < 6) throw new Error(`expected 6 cases on the agenda, got ${added}`);

  for (let i = 0; i < 5; i++) await d.call('meetings.get', { meetingId });
  const loads: number[] = [];
  for (let i = 0; i < 30; i++) loads.push(await timed(() => d.call('meetings.get', { meetingId })));

  const { items } = await d.call('meetings.get', { meetingId });
  const itemId = items[0]!.id;
  const body = 'Notitie met opsommingen en afspraken. '.repeat(140).slice(0, 5000);
  const saves: number[] = [];
  for (let v = 1; v <= 1000; v++) {
    const text = `${v} ${body}`.slice(0, 5000);
    saves.push(await timed(() => d.call('meetings.saveNote', { itemId, field: 'analyse', text, baseVersion: v - 1 })));
  }
  return [
    { metric: 'meeting_agenda_load_ms', value: median(loads), unit: 'ms', budget: 30, note: '6 cases, via dispatcher, incl. 6 audit writes' },
    { metric: 'note_autosave_ack_p95_ms', value: p95(saves), unit: 'ms', budget: 50, note: '1000 saves of 5 KB, call to durable commit' },
    { metric: 'note_autosave_ack_p50_ms', value: median(saves), unit: 'ms' },
  ];
}
