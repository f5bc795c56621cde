/** Retention fixtures: a case with something in every table, closed long ago; decrypted page scans. All fictional. */
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../../electron/node/app.js';
import type { Db } from '../../../electron/node/db/database.js';
import { todayIso } from '../../../shared/domain/dates.js';
import { content, type Team } from '../advice/fixtures.js';
import { plannedMeeting } from '../meetings/fixtures.js';
import { PASS, referral } from '../helpers.js';

export const db = (b: Backend): Db => b.vault.requireSession().db;

export const POLICY = {
  closed: { amount: 2, unit: 'jaren' as const },
  notTakenOn: { amount: 1, unit: 'jaren' as const },
  withoutConsent: { amount: 6, unit: 'maanden' as const },
};

/** Every value of the full case below that must be gone after erasure. */
export const VALUES = {
  first: 'Quirijntje',
  last: 'Wolkenveld',
  bsn: '111222333',
  guardian: 'Ottoline Wolkenveld',
  question: 'Zoekt een plek bij de Kraanvogelhoeve aan de Dijk.',
  family: 'Wij willen graag dat Quirijntje weer thuis kan wonen.',
  screening: 'Screeningsnotitie over Grutto-onderzoek.',
  note1: 'Deel een notitie: Quirijntje tekent graag meeuwen.',
  note2: 'Deel twee analyse: Zilverreigerproject als overbrugging.',
  guest: 'Gastnaam Pimpernel',
  decision: 'Besluit: verblijf bij de Kraanvogelhoeve.',
  analysis: 'Interne analyse over Sperwerstraat.',
  conflict: 'Buurman van de familie Wolkenveld.',
  draft: 'Concepttekst Lepelaarpad',
  outcomeNote: 'Geplaatst op de Lepelaarhoeve.',
};

/**
 * A case with a referral, consent, screening, a meeting (guest, notes, verstoring, conflict,
 * decision, established besluitenlijst and its stored PDF), an approved advice with an action,
 * both case letters, a draft, closed with its outcome; its closure moved `yearsAgo` years back.
 * Signed in as the chair afterwards.
 */
export async function fullCase(t: Team, yearsAgo = 3): Promise<{ id: number; code: string; meetingId: number }> {
  const { b } = t;
  await t.as('chair');
  await b.dispatcher.call('letters.saveLetterhead', { teamName: 'Expertteam Testregio' });
  const r = referral({ first: VALUES.first, last: VALUES.last, birth: '2008-05-02', question: VALUES.question });
  r.youth.bsn = VALUES.bsn;
  r.questionFamily = VALUES.family;
  r.guardians = [{ name: VALUES.guardian, relation: 'moeder', hasAuthority: true, phone: '', email: '' }];
  const c = await b.dispatcher.call('cases.create', { referral: r });
  await b.dispatcher.call('consent.add', {
    caseId: c.id, subject: 'jeugdige', personName: VALUES.first, scope: 'registratie', givenOn: todayIso(), method: 'schriftelijk',
  });
  await b.dispatcher.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: VALUES.screening });

  const { meetingId } = await plannedMeeting(b);
  const detail = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
  const itemId = detail.items.find((i) => i.caseId === c.id)!.id;
  await b.dispatcher.call('meetings.saveGuest', { itemId, kind: 'deskundige', name: VALUES.guest, role: '', deel1: true, deel2: false });
  const d = db(b);
  const now = new Date().toISOString();
  const userId = t.chairId;
  d.prepare('INSERT INTO item_notes (item_id, field, text, version, saved_by, saved_at) VALUES (?, ?, ?, 1, ?, ?)').run(itemId, 'watGaatGoed', VALUES.note1, userId, now);
  d.prepare('INSERT INTO item_notes (item_id, field, text, version, saved_by, saved_at) VALUES (?, ?, ?, 1, ?, ?)').run(itemId, 'analyse', VALUES.note2, userId, now);
  d.prepare('INSERT INTO item_disruptions (item_id, code) VALUES (?, ?)').run(itemId, 'organisatorisch');
  d.prepare(
    'INSERT INTO case_conflicts (case_id, meeting_id, user_id, member_name, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(c.id, meetingId, userId, 'Tim Teamlid', VALUES.conflict, userId, now);
  await b.dispatcher.call('meetings.setDecision', { meetingId, caseId: c.id, decision: 'advies_gegeven', summary: VALUES.decision });
  await b.dispatcher.call('meetings.establishDecisions', { meetingId });
  await b.dispatcher.call('letters.recordMeeting', { meetingId, lang: 'nl' });

  await t.as('notulist');
  const advice = content();
  advice.analysis = VALUES.analysis;
  await b.dispatcher.call('advice.saveDraft', { caseId: c.id, content: advice });
  await b.dispatcher.call('advice.approve', { caseId: c.id, version: 1, approverId: t.chairId, passphrase: PASS });
  await t.as('chair');
  await b.dispatcher.call('letters.record', { caseId: c.id, kind: 'professional', lang: 'nl', adviceVersion: 1 });
  await b.dispatcher.call('letters.record', { caseId: c.id, kind: 'family', lang: 'nl', adviceVersion: 1 });
  await b.dispatcher.call('drafts.save', { key: `consent:case:${c.id}`, caseId: c.id, path: `/cases/${c.id}?tab=toestemming`, values: { note: VALUES.draft } });
  await b.dispatcher.call('advice.close', {
    caseId: c.id, fittingPlace: 'ja', placeType: 'thuis', knelpunt: 'financiering', achterliggend: '', note: VALUES.outcomeNote,
  } as never);
  backdateEnd(b, c.id, yearsAgo);
  return { ...c, meetingId };
}

/** Move a case's last status change `yearsAgo` years back (the retention period runs from it). */
export function backdateEnd(b: Backend, caseId: number, yearsAgo: number): void {
  const at = new Date(Date.now() - yearsAgo * 366 * 86_400_000).toISOString();
  db(b).prepare(`UPDATE case_events SET at = ? WHERE case_id = ? AND kind = 'status'`).run(at, caseId);
}

/** The vault's data key (tests only: the vault keeps it private). */
export function dataKey(b: Backend): Buffer {
  const v = b.vault as unknown as { requireKey?: () => Buffer; key?: Buffer };
  const k = v.requireKey ? v.requireKey.call(b.vault) : v.key;
  if (!k) throw new Error('no key');
  return Buffer.from(k);
}

const PAGE = 4096;
const RESERVE = 80;

function decryptPage(key: Buffer, page: Buffer, first: boolean): Buffer {
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const d = createDecipheriv('aes-256-cbc', key, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(page.subarray(first ? 16 : 0, PAGE - RESERVE)), d.final()]);
}

/**
 * Every page of the database file and every frame of its WAL, decrypted (SQLCipher v4, raw key:
 * AES-256-CBC per page, the IV in the page's reserved tail). Free pages included.
 */
export function decryptedPages(dataDir: string, key: Buffer): { db: Buffer[]; wal: Buffer[]; walBytes: number } {
  const file = readFileSync(join(dataDir, 'adviestafel.db'));
  const db: Buffer[] = [];
  for (let o = 0; o + PAGE <= file.length; o += PAGE) db.push(decryptPage(key, file.subarray(o, o + PAGE), o === 0));
  const walFile = join(dataDir, 'adviestafel.db-wal');
  const walBuf = existsSync(walFile) ? readFileSync(walFile) : Buffer.alloc(0);
  const wal: Buffer[] = [];
  for (let o = 32; o + 24 + PAGE <= walBuf.length; o += 24 + PAGE) {
    const pgno = walBuf.readUInt32BE(o);
    wal.push(decryptPage(key, walBuf.subarray(o + 24, o + 24 + PAGE), pgno === 1));
  }
  return { db, wal, walBytes: walBuf.length };
}

/** The needles to look for: each value as typed, lower-cased (the search index folds case), and the tails of its long words (the index shares prefixes between terms). */
export function needles(values: readonly string[]): Buffer[] {
  const out = new Set<string>();
  for (const v of values) {
    out.add(v);
    out.add(v.toLowerCase());
    for (const w of v.split(/[^\p{L}\p{N}-]+/u)) if (w.length >= 9) out.add(w.toLowerCase().slice(-6));
  }
  return [...out].map((s) => Buffer.from(s, 'utf8'));
}

/** Which needles occur in which pages. */
export function findIn(pages: readonly Buffer[], wanted: readonly Buffer[]): string[] {
  const hits: string[] = [];
  for (const n of wanted) if (pages.some((p) => p.includes(n))) hits.push(n.toString('utf8'));
  return hits;
}

/** 24-byte pieces of a blob, every 509 bytes: its fingerprint in the pages. */
export function blobPieces(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let o = 64; o + 24 < blob.length; o += 509) out.push(Buffer.from(blob.subarray(o, o + 24)));
  return out;
}
