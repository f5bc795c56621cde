/** Notes (autosave with optimistic concurrency), attendance, conflicts and the besluitenlijst. */
import { AppError } from '../../../../shared/api/errors.js';
import type { DecisionList, ItemNotes, NoteSaved, ParsedInput } from '../../../../shared/api/index.js';
import type { ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { caseEvent } from '../cases/case-writes.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { getItemRow, itemCaseIds } from './agenda.sql.js';
import { listAttendance, suggestAttendance } from './attendance.sql.js';
import { insertVersion, listDecisionRows, listVersions, upsertDecision } from './decisions.sql.js';
import { getMeetingRow, updateMeeting } from './meetings.sql.js';
import { getNoteField, listDisruptions, listNoteFields, writeNoteField } from './notes.sql.js';
import { changed } from './planning.js';

export function loadNotes(db: ReadDb, itemId: number): ItemNotes {
  const item = getItemRow(db, itemId);
  return {
    itemId,
    caseId: item.case_id,
    caseCode: getCaseRow(db, item.case_id).code,
    fields: listNoteFields(db, itemId),
    disruptions: listDisruptions(db, itemId),
  };
}

/**
 * One field's autosave. A stale baseVersion means someone else saved in between:
 * nothing is written and NOTE_CONFLICT carries both texts so the UI can show both.
 */
export function saveNote(ctx: Ctx, i: ParsedInput<'meetings.saveNote'>): NoteSaved {
  const item = getItemRow(ctx.db, i.itemId);
  const m = getMeetingRow(ctx.db, item.meeting_id);
  if (m.status === 'geannuleerd') throw new AppError('MEETING_CLOSED', { status: m.status });
  const cur = getNoteField(ctx.db, i.itemId, i.field);
  const current = cur?.version ?? 0;
  if (i.baseVersion !== current) {
    throw new AppError('NOTE_CONFLICT', {
      itemId: i.itemId,
      field: i.field,
      baseVersion: i.baseVersion,
      currentVersion: current,
      currentText: cur?.text ?? '',
      yourText: i.text,
      savedBy: cur?.saved_by ?? '',
      savedAt: cur?.saved_at ?? '',
    });
  }
  const version = current + 1;
  writeNoteField(ctx.db, i.itemId, i.field, i.text, version, ctx.session.user.id, ctx.now);
  changed(ctx, m.id);
  return { itemId: i.itemId, caseId: item.case_id, field: i.field, version, savedAt: ctx.now };
}

// --- besluitenlijst ----------------------------------------------------------------------

export function loadDecisions(db: ReadDb, meetingId: number): DecisionList {
  const m = getMeetingRow(db, meetingId);
  const attendance = listAttendance(db, meetingId);
  return {
    meetingId,
    date: m.date,
    status: m.decisions_status,
    version: m.decisions_version,
    items: listDecisionRows(db, meetingId),
    attendance: attendance.length ? attendance : suggestAttendance(db),
    versions: listVersions(db, meetingId),
  };
}

/** Freeze the current list as version n + 1. */
function snapshot(ctx: Ctx, meetingId: number, reason: string): void {
  const m = getMeetingRow(ctx.db, meetingId);
  const version = m.decisions_version + 1;
  insertVersion(
    ctx.db,
    { meetingId, version, items: listDecisionRows(ctx.db, meetingId), attendance: listAttendance(ctx.db, meetingId), reason },
    ctx.session.user.id,
    ctx.now,
  );
  updateMeeting(ctx.db, meetingId, { decisions_status: 'vastgesteld', decisions_version: version }, ctx.now);
}

/** A change to an established list needs a reason and becomes a new version; the earlier one is kept. */
export function setDecision(ctx: Ctx, d: ParsedInput<'meetings.setDecision'>): void {
  const m = getMeetingRow(ctx.db, d.meetingId);
  if (m.status === 'geannuleerd') throw new AppError('MEETING_CLOSED', { status: m.status });
  if (!itemCaseIds(ctx.db, d.meetingId).includes(d.caseId)) throw new AppError('NOT_FOUND');
  if (m.decisions_status === 'vastgesteld' && d.reason === '') {
    throw new AppError('VALIDATION', {}, { reason: { key: 'v.reason_required', params: {} } });
  }
  upsertDecision(ctx.db, d, ctx.session.user.id, ctx.now);
  if (m.decisions_status === 'vastgesteld') {
    snapshot(ctx, d.meetingId, d.reason);
    caseEvent(ctx, d.caseId, 'besluit', d.decision);
  }
}

export function establishDecisions(ctx: Ctx, meetingId: number): void {
  const m = getMeetingRow(ctx.db, meetingId);
  if (m.status === 'geannuleerd') throw new AppError('MEETING_CLOSED', { status: m.status });
  if (m.decisions_status === 'vastgesteld') throw new AppError('CONFLICT');
  snapshot(ctx, meetingId, '');
  for (const row of listDecisionRows(ctx.db, meetingId)) caseEvent(ctx, row.caseId, 'besluit', row.decision);
}
