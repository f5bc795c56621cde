/**
 * The data-subject export as a PDF for the family, in plain Dutch (B1): short sentences, no
 * jargon, every part introduced with what it is. It prints what the JSON bundle holds, internal
 * notes included (AVG art. 15; see bundle.ts). Built on the letters' page, letterhead, fonts and
 * footer (features/letters/pdf/frame.tsx), rendered in memory in the backend worker.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { createElement } from 'react';
import { isoToDutch } from '../../../../shared/domain/dates.js';
import type { LetterheadData } from '../letters/letters.sql.js';
import { Bullets, LetterPage, Meta, Paras, registerFonts, s, Section } from '../letters/pdf/frame.js';
import { renderDocument } from '../letters/pdf/pipeline.js';
import { longDate, translator } from '../letters/pdf/text.js';
import type { SubjectBundle } from './bundle.js';
import { NL } from './texts.js';

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

export function SubjectExportDoc({ b, letterhead }: { b: SubjectBundle; letterhead: LetterheadData }) {
  const t = translator('nl');
  const c = b.case;
  const r = c.referral;
  const name = `${r.youth.firstName} ${r.youth.lastName}`.trim();
  const today = b.madeAt.slice(0, 10);
  return (
    <Document title={NL.title} author={letterhead.teamName} creator="Adviestafel" producer="Adviestafel" language="nl-NL"
      creationDate={new Date(b.madeAt)}>
      <LetterPage t={t} letterhead={letterhead} confidential={NL.footer}>
        <Meta rows={[['Datum', longDate('nl', today)], ['Dossier', c.code], ['Over', name]]} />
        <Text style={[s.h2, { fontSize: 13 }]}>{NL.title}</Text>
        {NL.intro.map((p, i) => (
          <Text key={i} style={s.para}>{p}</Text>
        ))}

        <Section title={NL.h.youth}>
          <Meta
            rows={[
              ['Naam', name],
              ['Geboren', d(r.youth.birthDate)],
              ['BSN', r.youth.bsn],
              ['Gemeente', r.youth.municipality],
              ['Woont', r.youth.livingSituation ?? ''],
            ]}
          />
          {r.guardians.length > 0 && (
            <Bullets lines={r.guardians.map((g) => `${g.name} (${g.relation}${g.hasAuthority ? ', met gezag' : ''})`)} />
          )}
        </Section>

        <Section title={NL.h.referral}>
          <Text style={s.para}>
            {NL.referredBy(r.referrer.name || r.referrer.organisation, r.referrer.organisation, d(c.referredOn))}
          </Text>
          <Block title={NL.questionReferrer}><Paras text={r.questionReferrer} /></Block>
          {r.questionFamily.trim() !== '' && <Block title={NL.questionFamily}><Paras text={r.questionFamily} /></Block>}
          {r.tried.trim() !== '' && <Block title={NL.tried}><Paras text={r.tried} /></Block>}
          {r.organisations.length > 0 && <Bullets lines={r.organisations.map((o) => [o.name, o.role].filter(Boolean).join(': '))} />}
          <Text style={s.para}>{NL.status(label(NL.statuses, c.status))}</Text>
        </Section>

        <Section title={NL.h.consent}>
          <Text style={s.para}>{NL.consentIntro}</Text>
          {c.consents.length === 0 ? (
            <Text style={s.para}>{NL.noConsent}</Text>
          ) : (
            <Bullets
              lines={c.consents.map((x) =>
                NL.consentLine(x.personName, d(x.givenOn), x.scope === 'registratie' ? NL.scopeReg : NL.scopeMeeting, x.withdrawnOn ? d(x.withdrawnOn) : ''),
              )}
            />
          )}
          {c.legalGround && <Text style={s.para}>{NL.legalGround(c.legalGround.reason || c.legalGround.ground)}</Text>}
        </Section>

        <Section title={NL.h.screening} show={c.screenings.length > 0}>
          <Text style={s.para}>{NL.internalNote}</Text>
          {c.screenings.map((x, i) => (
            <Block key={i} title={`${d(x.screenedAt)}: ${label(NL.screening, x.outcome)}`}>
              <Paras text={[x.reasons, x.requestedInfo, x.routedNote].filter(Boolean).join('\n\n')} />
            </Block>
          ))}
        </Section>

        <Section title={NL.h.meetings} show={b.meetings.length > 0}>
          <Text style={s.para}>{NL.meetingsIntro}</Text>
          {b.meetings.map((m, i) => (
            <Block key={i} title={NL.meetingOn(d(m.meetingDate))}>
              {Object.entries(m.notes).map(([field, n]) => (
                <View key={field} style={{ marginBottom: 4 }}>
                  <Text style={s.small}>{label(NL.noteFields, field)}</Text>
                  <Paras text={n!.text} />
                </View>
              ))}
              {m.guests.length > 0 && <Text style={s.para}>{NL.guests(m.guests.map((g) => g.name).join(', '))}</Text>}
              {m.decision?.summary ? <Text style={s.para}>{NL.decision(m.decision.summary)}</Text> : null}
            </Block>
          ))}
        </Section>

        <Section title={NL.h.advice} show={b.advice.versions.length > 0}>
          <Text style={s.para}>{NL.adviceIntro}</Text>
          {b.advice.versions.map((v) => (
            <Block key={v.id} title={NL.version(v.version, d(v.adviceDate), label(NL.versionStatus, v.status))}>
              <Paras text={v.questionSummary} />
              <Paras text={v.analysis} />
              <Bullets lines={v.items.map((it) => `${it.text}${it.addresseeName ? ` (${it.addresseeName})` : ''}${it.deadline ? `, ${NL.before} ${d(it.deadline)}` : ''}`)} />
              {v.reason !== '' && <Text style={s.small}>{NL.reason(v.reason)}</Text>}
            </Block>
          ))}
          {b.advice.actions.length > 0 && (
            <Block title={NL.actions}>
              <Bullets lines={b.advice.actions.map((a) => `${a.what}${a.due ? ` (${NL.before} ${d(a.due)})` : ''}`)} />
            </Block>
          )}
          {b.advice.outcome && <Text style={s.para}>{NL.outcome(b.advice.outcome.note || b.advice.outcome.placeType)}</Text>}
        </Section>

        <Section title={NL.h.letters} show={b.letters.length > 0}>
          <Text style={s.para}>{NL.lettersIntro}</Text>
          <Bullets lines={b.letters.map((l) => `${l.title} (${d(l.createdAt)})`)} />
        </Section>

        <Section title={NL.h.access}>
          <Text style={s.para}>{NL.accessIntro}</Text>
          <View style={s.table}>
            {b.access.map((a, i) => (
              <View key={i} style={s.tr} wrap={false}>
                <Text style={{ width: 110 }}>{moment(a.at)}</Text>
                <Text style={{ width: 150 }}>{a.userName}</Text>
                <Text style={{ flex: 1 }}>{NL.accessKind(a.action)}</Text>
              </View>
            ))}
          </View>
        </Section>

        <Section title={NL.h.rights}>
          {NL.rights.map((p, i) => (
            <Text key={i} style={s.para}>{p}</Text>
          ))}
          <Text style={s.para}>{NL.contact([letterhead.teamName, letterhead.address.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', '))}</Text>
        </Section>
      </LetterPage>
    </Document>
  );
}

export async function renderSubjectPdf(b: SubjectBundle, letterhead: LetterheadData): Promise<Buffer> {
  registerFonts();
  const el = createElement(SubjectExportDoc, { b, letterhead });
  return renderDocument(el);
}
