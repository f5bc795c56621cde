/** The meeting_series and meetings tables, and the meeting settings. */
import { AppError } from '../../../../shared/api/errors.js';
import type { MeetingSettings, Series } from '../../../../shared/api/index.js';
import { DEFAULT_MINUTES_DEEL1, DEFAULT_MINUTES_DEEL2, type MeetingStatus } from '../../../../shared/domain/meetings.js';
import type { Db, ReadDb } from '../../db/database.js';
import { getSetting, putSetting } from '../settings/settings.sql.js';

export interface MeetingRow {
  id: number;
  series_id: number | null;
  date: string;
  start_time: string;
  end_time: string;
  location: string;
  video_link: string;
  capacity: number;
  extra: number;
  status: MeetingStatus;
  cancel_reason: string;
  moved_from: string;
  current_item_id: number | null;
  started_at: string | null;
  ended_at: string | null;
  timer_running: number;
  decisions_status: 'concept' | 'vastgesteld';
  decisions_version: number;
}

const SETTINGS_KEY = 'meeting_settings';

export function getMeetingSettings(db: ReadDb): MeetingSettings {
  const s = getSetting<Partial<MeetingSettings>>(db, SETTINGS_KEY) ?? {};
  return {
    quorum: s.quorum ?? 0,
    minutesDeel1: s.minutesDeel1 ?? DEFAULT_MINUTES_DEEL1,
    minutesDeel2: s.minutesDeel2 ?? DEFAULT_MINUTES_DEEL2,
    capacity: s.capacity ?? 6,
  };
}

export const putMeetingSettings = (db: Db, s: MeetingSettings): void => putSetting(db, SETTINGS_KEY, s);

export function getMeetingRow(db: ReadDb, id: number): MeetingRow {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Planned or running: its agenda may still change. */
export function requireOpen(row: MeetingRow): void {
  if (row.status === 'geannuleerd' || row.status === 'afgerond') throw new AppError('MEETING_CLOSED', { status: row.status });
}

export interface NewMeeting {
  seriesId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  capacity: number;
  extra: boolean;
}

export function insertMeeting(db: Db, m: NewMeeting, by: number, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO meetings (series_id, date, start_time, end_time, location, video_link, capacity, extra,
           created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.seriesId, m.date, m.startTime, m.endTime, m.location, m.videoLink, m.capacity, m.extra ? 1 : 0, by, now, now)
      .lastInsertRowid,
  );
}

export function updateMeeting(db: Db, id: number, set: Partial<Record<keyof MeetingRow, string | number | null>>, now: string): void {
  const cols = Object.keys(set);
  if (!cols.length) return;
  // Column names come from the MeetingRow type, never from input.
  db.prepare(`UPDATE meetings SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
    ...set,
    now,
    id,
  });
}

/** The first open meeting after `date` (any series), for carrying cases over. */
export const nextOpenMeeting = (db: ReadDb, date: string): MeetingRow | undefined =>
  db
    .prepare(`SELECT * FROM meetings WHERE date > ? AND status = 'gepland' ORDER BY date, start_time, id LIMIT 1`)
    .get(date) as MeetingRow | undefined;

export interface MeetingListRow extends MeetingRow {
  series_title: string | null;
  item_count: number;
  planned_minutes: number;
}

export function listMeetingRows(db: ReadDb, from: string, to: string, includeCancelled: boolean): MeetingListRow[] {
  return db
    .prepare(
      `SELECT m.*, s.title AS series_title,
              (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS item_count,
              (SELECT coalesce(sum(a.minutes_deel1 + a.minutes_deel2), 0) FROM agenda_items a WHERE a.meeting_id = m.id) AS planned_minutes
       FROM meetings m LEFT JOIN meeting_series s ON s.id = m.series_id
       WHERE (@from = '' OR m.date >= @from) AND (@to = '' OR m.date <= @to)
         AND (@cancelled = 1 OR m.status != 'geannuleerd')
       ORDER BY m.date, m.start_time, m.id`,
    )
    .all({ from, to, cancelled: includeCancelled ? 1 : 0 }) as MeetingListRow[];
}

export const seriesTitle = (db: ReadDb, id: number | null): string =>
  id === null ? '' : ((db.prepare('SELECT title FROM meeting_series WHERE id = ?').pluck().get(id) as string | undefined) ?? '');

// --- series ------------------------------------------------------------------------

export interface NewSeries {
  title: string;
  intervalWeeks: number;
  weekday: number;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  capacity: number;
  firstDate: string;
  untilDate: string;
}

export function insertSeries(db: Db, s: NewSeries, by: number, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO meeting_series (title, interval_weeks, weekday, start_time, end_time, location, video_link,
           capacity, first_date, until_date, created_by, created_at)
         VALUES (@title, @intervalWeeks, @weekday, @startTime, @endTime, @location, @videoLink,
           @capacity, @firstDate, @untilDate, @by, @now)`,
      )
      .run({ ...s, by, now }).lastInsertRowid,
  );
}

export function listSeries(db: ReadDb, today: string): Series[] {
  return (
    db
      .prepare(
        `SELECT s.*, (SELECT count(*) FROM meetings m WHERE m.series_id = s.id AND m.date >= @today
                       AND m.status != 'geannuleerd') AS upcoming
         FROM meeting_series s ORDER BY s.active DESC, s.first_date DESC, s.id DESC`,
      )
      .all({ today }) as {
      id: number;
      title: string;
      interval_weeks: number;
      weekday: number;
      start_time: string;
      end_time: string;
      location: string;
      video_link: string;
      capacity: number;
      first_date: string;
      until_date: string;
      active: number;
      upcoming: number;
    }[]
  ).map((r) => ({
    id: r.id,
    title: r.title,
    intervalWeeks: r.interval_weeks,
    weekday: r.weekday,
    startTime: r.start_time,
    endTime: r.end_time,
    location: r.location,
    videoLink: r.video_link,
    capacity: r.capacity,
    firstDate: r.first_date,
    untilDate: r.until_date,
    active: r.active === 1,
    upcoming: r.upcoming,
  }));
}

export function getSeries(db: ReadDb, id: number, today: string): Series {
  const s = listSeries(db, today).find((x) => x.id === id);
  if (!s) throw new AppError('NOT_FOUND');
  return s;
}

/** Ends a series after `lastDate`: later planned meetings without an agenda go; ones with an agenda stay. */
export function endSeries(db: Db, id: number, lastDate: string): void {
  db.prepare('UPDATE meeting_series SET until_date = ?, active = 0 WHERE id = ?').run(lastDate, id);
  db.prepare(
    `DELETE FROM meetings WHERE series_id = ? AND date > ? AND status = 'gepland'
       AND NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = meetings.id)`,
  ).run(id, lastDate);
}
