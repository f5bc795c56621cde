/**
 * The data-subject export as a PDF for the family, in plain Dutch (B1) or plain English (texts.ts),
 * chosen per export: short sentences, no jargon, every part introduced with what it is. Dates are
 * dd-mm-jjjj in both languages; the date line at the top is written out like the letters'. It
 * prints what the JSON bundle holds, internal notes included (AVG art. 15; see bundle.ts). Built
 * on the letters' page, letterhead, fonts and footer (features/letters/pdf/frame.tsx), rendered in
 * memory in the backend worker.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { createElement } from 'react';
import { isoToDutch } from '../../../../shared/domain/dates.js';
import type { LetterheadData } from '../letters/letters.sql.js';
import { Bullets, LetterPage, Meta, Paras, registerFonts, s, Section } from '../letters/pdf/frame.js';
import { renderDocument } from '../letters/pdf/pipeline.js';
import { longDate, translator } from '../letters/pdf/text.js';
import type { SubjectBundle } from './bundle.js';
import type { LetterLang } from '../../../../shared/api/letters.js';
import { SUBJECT_TEXTS } from './texts.js';

const d = (iso: string | null | undefined) => (iso ? isoToDutch(iso.slice(0, 10)) : '');
const label = (map: Record<string, string>, code: string) => map[code] ?? code;
const pad = (n: number) => String(n).padStart(2, '0');
/** An audit moment in local time, dd-mm-jjjj uu:mm. */
const moment = (iso: string) => {
  const x = new Date(iso);
  return `${pad(x.getDate())}-${pad(x.getMonth() + 1)}-${x.getFullYear()} ${pad(x.getHours())}:${pad(x.getMinutes())}`;
};

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View style={{ marginBottom: 6 }} wrap>
      <Text style={s.bold}>{title}</Text>
      {children}
    </View>
  );
}

export function SubjectExportDoc({ b, letterhead, lang }: { b: SubjectBundle; letterhead: LetterheadData; lang: LetterLang }) {
  const t = translator(lang);
  const T = SUBJECT_TEXTS[lang];
  const c = b.case;
  const r = c.referral;
  const name = `${r.youth.firstName} ${r.youth.lastName}`.trim();
  const today = b.madeAt.slice(0, 10);
  return (
    <Document title={T.title} author={letterhead.teamName} creator="Adviestafel" producer="Adviestafel" language={T.pdfLanguage}
      creationDate={new Date(b.madeAt)}>
      <LetterPage t={t} letterhead={letterhead} confidential={T.footer}>
        <Meta rows={[[T.meta.date, longDate(lang, today)], [T.meta.file, c.code], [T.meta.about, name]]} />
        <Text style={[s.h2, { fontSize: 13 }]}>{T.title}</Text>
        {T.intro.map((p, i) => (
          <Text key={i} style={s.para}>{p}</Text>
        ))}

        <Section title={T.h.youth}>
          <Meta
            rows={[
              [T.youthMeta.name, name],
              [T.youthMeta.born, d(r.youth.birthDate)],
              [T.youthMeta.bsn, r.youth.bsn],
              [T.youthMeta.municipality, r.youth.municipality],
              [T.youthMeta.lives, r.youth.livingSituation ? label(T.living, r.youth.livingSituation) : ''],
            ]}
          />
          {r.guardians.length > 0 && (
            <Bullets lines={r.guardians.map((g) => `${g.name} (${label(T.relations, g.relation)}${g.hasAuthority ? `, ${T.withAuthority}` : ''})`)} />
          )}
        </Section>

        <Section title={T.h.referral}>
          <Text style={s.para}>
            {T.referredBy(r.referrer.name || r.referrer.organisation, r.referrer.organisation, d(c.referredOn))}
          </Text>
          <Block title={T.questionReferrer}><Paras text={r.questionReferrer} /></Block>
          {r.questionFamily.trim() !== '' && <Block title={T.questionFamily}><Paras text={r.questionFamily} /></Block>}
          {r.tried.trim() !== '' && <Block title={T.tried}><Paras text={r.tried} /></Block>}
          {r.organisations.length > 0 && <Bullets lines={r.organisations.map((o) => [o.name, o.role].filter(Boolean).join(': '))} />}
          <Text style={s.para}>{T.status(label(T.statuses, c.status))}</Text>
        </Section>

        <Section title={T.h.consent}>
          <Text style={s.para}>{T.consentIntro}</Text>
          {c.consents.length === 0 ? (
            <Text style={s.para}>{T.noConsent}</Text>
          ) : (
            <Bullets
              lines={c.consents.map((x) =>
                T.consentLine(x.personName, d(x.givenOn), x.scope === 'registratie' ? T.scopeReg : T.scopeMeeting, x.withdrawnOn ? d(x.withdrawnOn) : ''),
              )}
            />
          )}
          {c.legalGround && <Text style={s.para}>{T.legalGround(c.legalGround.reason || c.legalGround.ground)}</Text>}
        </Section>

        <Section title={T.h.screening} show={c.screenings.length > 0}>
          <Text style={s.para}>{T.internalNote}</Text>
          {c.screenings.map((x, i) => (
            <Block key={i} title={`${d(x.screenedAt)}: ${label(T.screening, x.outcome)}`}>
              <Paras text={[x.reasons, x.requestedInfo, x.routedNote].filter(Boolean).join('\n\n')} />
            </Block>
          ))}
        </Section>

        <Section title={T.h.meetings} show={b.meetings.length > 0}>
          <Text style={s.para}>{T.meetingsIntro}</Text>
          {b.meetings.map((m, i) => (
            <Block key={i} title={T.meetingOn(d(m.meetingDate))}>
              {Object.entries(m.notes).map(([field, n]) => (
                <View key={field} style={{ marginBottom: 4 }}>
                  <Text style={s.small}>{label(T.noteFields, field)}</Text>
                  <Paras text={n!.text} />
                </View>
              ))}
              {m.guests.length > 0 && <Text style={s.para}>{T.guests(m.guests.map((g) => g.name).join(', '))}</Text>}
              {m.decision?.summary ? <Text style={s.para}>{T.decision(m.decision.summary)}</Text> : null}
            </Block>
          ))}
        </Section>

        <Section title={T.h.advice} show={b.advice.versions.length > 0}>
          <Text style={s.para}>{T.adviceIntro}</Text>
          {b.advice.versions.map((v) => (
            <Block key={v.id} title={T.version(v.version, d(v.adviceDate), label(T.versionStatus, v.status))}>
              <Paras text={v.questionSummary} />
              <Paras text={v.analysis} />
              <Bullets lines={v.items.map((it) => `${it.text}${it.addresseeName ? ` (${it.addresseeName})` : ''}${it.deadline ? `, ${T.before} ${d(it.deadline)}` : ''}`)} />
              {v.reason !== '' && <Text style={s.small}>{T.reason(v.reason)}</Text>}
            </Block>
          ))}
          {b.advice.actions.length > 0 && (
            <Block title={T.actions}>
              <Bullets lines={b.advice.actions.map((a) => `${a.what}${a.due ? ` (${T.before} ${d(a.due)})` : ''}`)} />
            </Block>
          )}
          {b.advice.outcome && <Text style={s.para}>{T.outcome(b.advice.outcome.note || label(T.living, b.advice.outcome.placeType))}</Text>}
        </Section>

        <Section title={T.h.letters} show={b.letters.length > 0}>
          <Text style={s.para}>{T.lettersIntro}</Text>
          <Bullets lines={b.letters.map((l) => `${l.title} (${d(l.createdAt)})`)} />
        </Section>

        <Section title={T.h.access}>
          <Text style={s.para}>{T.accessIntro}</Text>
          <View style={s.table}>
            {b.access.map((a, i) => (
              <View key={i} style={s.tr} wrap={false}>
                <Text style={{ width: 110 }}>{moment(a.at)}</Text>
                <Text style={{ width: 150 }}>{a.userName}</Text>
                <Text style={{ flex: 1 }}>{T.accessKind[a.kind]}</Text>
              </View>
            ))}
          </View>
        </Section>

        <Section title={T.h.rights}>
          {T.rights.map((p, i) => (
            <Text key={i} style={s.para}>{p}</Text>
          ))}
          <Text style={s.para}>{T.contact([letterhead.teamName, letterhead.address.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', '))}</Text>
        </Section>
      </LetterPage>
    </Document>
  );
}

export async function renderSubjectPdf(b: SubjectBundle, letterhead: LetterheadData, lang: LetterLang = 'nl'): Promise<Buffer> {
  registerFonts();
  const el = createElement(SubjectExportDoc, { b, letterhead, lang });
  return renderDocument(el);
}
