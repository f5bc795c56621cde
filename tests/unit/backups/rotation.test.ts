import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName } from '../../../electron/node/backups/names.js';
import { rotate, weekKey } from '../../../electron/node/backups/rotation.js';

/** One backup a day at 18:00 for `days` days ending on `last` (local time). */
function daily(last: Date, days: number) {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(last.getFullYear(), last.getMonth(), last.getDate() - i, 18, 0, 0);
    return { name: backupName('3f9a12c4-0000', at), at };
  });
}

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly out of a year of daily backups', () => {
    const all = daily(new Date(2026, 10, 26), 400);
    const { keep, remove } = rotate(all, { daily: 7, weekly: 4, monthly: 12 });
    expect(keep.length + remove.length).toBe(400);
    // The last 7 days are all kept.
    expect(keep.slice(0, 7).map((b) => b.at.getDate())).toEqual([26, 25, 24, 23, 22, 21, 20]);
    const keptNames = new Set(keep.map((k) => k.name));
    // 4 weeks: the newest backup of each of the 4 newest ISO weeks (Sundays before the current week).
    for (const d of [22, 15]) expect(keptNames.has(backupName('3f9a12c4', new Date(2026, 10, d, 18)))).toBe(true);
    // 12 months: the newest of each month, back to December 2025.
    expect(keptNames.has(backupName('3f9a12c4', new Date(2026, 9, 31, 18)))).toBe(true);
    expect(keptNames.has(backupName('3f9a12c4', new Date(2025, 11, 31, 18)))).toBe(true);
    expect(keptNames.has(backupName('3f9a12c4', new Date(2025, 10, 30, 18)))).toBe(false);
    // 7 days + 2 more weeks (the newest two weeks' newest are already daily ones) + 11 more months (Nov is daily).
    expect(keep.length).toBe(7 + 2 + 11);
  });

  it('is configurable and always keeps the newest backup', () => {
    const all = daily(new Date(2026, 0, 10), 10);
    expect(rotate(all, { daily: 2, weekly: 0, monthly: 0 }).keep.map((b) => b.at.getDate())).toEqual([10, 9]);
    expect(rotate(all, { daily: 1, weekly: 0, monthly: 0 }).keep).toHaveLength(1);
    expect(rotate([], { daily: 7, weekly: 4, monthly: 12 })).toEqual({ keep: [], remove: [] });
  });

  it('keeps only the newest of several backups on one day', () => {
    const day = [9, 12, 17].map((h) => ({ name: backupName('ab', new Date(2026, 4, 4, h)), at: new Date(2026, 4, 4, h) }));
    const { keep, remove } = rotate(day, { daily: 7, weekly: 4, monthly: 12 });
    expect(keep.map((b) => b.at.getHours())).toEqual([17]);
    expect(remove).toHaveLength(2);
  });

  it('counts ISO weeks (Monday first; the week of 1 January may belong to the year before)', () => {
    expect(weekKey(new Date(2026, 0, 1))).toBe('2026-W01');
    expect(weekKey(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(weekKey(new Date(2026, 10, 22))).toBe('2026-W47'); // a Sunday
    expect(weekKey(new Date(2026, 10, 23))).toBe('2026-W48'); // the Monday after
  });

  it('names backups by date and time only, and reads the names back', () => {
    const at = new Date(2026, 10, 26, 10, 15, 0);
    const name = backupName('65f5fcee-b1f4-4f0f-aecc-69172a01a7f6', at);
    expect(name).toBe('adviestafel-65f5fcee-2026-11-26-101500.db');
    expect(parseBackupName(name)).toEqual({ tag: '65f5fcee', at });
    expect(parseBackupName('adviestafel.db')).toBeNull();
    expect(parseBackupName(`${name}.partial`)).toBeNull();
  });
});
