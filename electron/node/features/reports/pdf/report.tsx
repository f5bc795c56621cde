/**
 * The period report as PDF on the letters' letterhead, fonts and footer (letters/pdf/frame.tsx):
 * the summary, every table with simple drawn bars, its base and answer mode under it, the lead
 * times and the signalen. Always the public (suppressed) report.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { basisSentence, SUPPRESSION_NOTE, type Cell, type PeriodReport, type ReportTable } from '../../../../../shared/api/reports.js';
import type { LetterheadData } from '../../letters/letters.sql.js';
import { LetterPage, Meta, Paras, Section, s } from '../../letters/pdf/frame.js';
import { translator } from '../../letters/pdf/text.js';
import { dutchDate, rt } from '../labels.js';

const BAR = '#1c4e80';
const MUTED = '#555555';

const pctText = (c: Cell, lang: PeriodReport['lang']) =>
  c.pct === null ? '' : `${lang === 'nl' ? String(c.pct).replace('.', ',') : c.pct} %`;

export const reportTitle = (r: PeriodReport) =>
  `${rt(r.lang, 'title.report')} ${dutchDate(r.period.from)} – ${dutchDate(r.period.to)}`;

function Row({ label, cell, max, lang, bars }: { label: string; cell: Cell; max: number; lang: PeriodReport['lang']; bars: boolean }) {
  const width = bars && cell.n !== null && max > 0 ? Math.max(0.5, (cell.n / max) * 100) : 0;
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', paddingVertical: 1.5 }} wrap={false}>
      <Text style={{ width: bars ? 170 : 300, fontSize: 8.5 }}>{label}</Text>
      {bars && (
        <View style={{ flex: 1, height: 7, marginHorizontal: 6 }}>
          {width > 0 && <View style={{ width: `${width}%`, height: 7, backgroundColor: BAR }} />}
        </View>
      )}
      <Text style={{ width: 40, fontSize: 8.5, textAlign: 'right' }}>{cell.display}</Text>
      <Text style={{ width: 48, fontSize: 8.5, textAlign: 'right', color: MUTED }}>{pctText(cell, lang)}</Text>
    </View>
  );
}

function Table({ t, lang }: { t: ReportTable; lang: PeriodReport['lang'] }) {
  const bars = t.chart !== 'table';
  const max = Math.max(0, ...t.rows.map((r) => r.cell.n ?? 0));
  return (
    <Section title={t.title}>
      <View style={{ marginBottom: 8 }}>
        {t.rows.map((r) => (
          <Row key={r.key} label={r.label} cell={r.cell} max={max} lang={lang} bars={bars} />
        ))}
        {t.total && <Row label={t.total.label} cell={{ ...t.total.cell, pct: null }} max={0} lang={lang} bars={bars} />}
        <Text style={[s.small, { marginTop: 2 }]}>{basisSentence(t.basis, lang)}</Text>
        {t.note !== '' && <Text style={s.small}>{t.note}</Text>}
      </View>
    </Section>
  );
}

export function ReportDocument({ r, letterhead }: { r: PeriodReport; letterhead: LetterheadData }) {
  const L = r.lang;
  const t = translator(L);
  const lt = r.leadTimes;
  return (
    <Document
      title={reportTitle(r)}
      author={letterhead.teamName}
      creator="Adviestafel"
      producer="Adviestafel"
      language={L === 'nl' ? 'nl-NL' : 'en'}
      creationDate={new Date(r.generatedAt)}
    >
      <LetterPage t={t} letterhead={letterhead} confidential={rt(L, 'confidential')}>
        <Text style={{ fontSize: 15, fontWeight: 'bold', color: BAR, marginBottom: 8 }}>{reportTitle(r)}</Text>
        <Meta
          rows={[
            [rt(L, 'period'), `${dutchDate(r.period.from)} – ${dutchDate(r.period.to)}`],
            [rt(L, 'municipality'), r.period.municipality || rt(L, 'municipality.all')],
          ]}
        />
        {r.archivedCases > 0 && <Text style={s.small}>{rt(L, 'archived', { n: r.archivedCases })}</Text>}
        <Section title={rt(L, 'summary')}>
          {r.summary.text ? <Paras text={r.summary.text} /> : <Text style={s.small}>{rt(L, 'summary.empty')}</Text>}
        </Section>
        {r.tables.map((tb) => (
          <Table key={tb.key} t={tb} lang={L} />
        ))}
        <Section title={lt.title}>
          <View style={{ marginBottom: 8 }}>
            <View style={{ flexDirection: 'row' }}>
              <Text style={{ width: 230, fontSize: 8.5, fontWeight: 'bold' }}> </Text>
              <Text style={{ width: 70, fontSize: 8.5, fontWeight: 'bold', textAlign: 'right' }}>{rt(L, 'leadTimes.n')}</Text>
              <Text style={{ width: 70, fontSize: 8.5, fontWeight: 'bold', textAlign: 'right' }}>{rt(L, 'leadTimes.median')}</Text>
              <Text style={{ width: 80, fontSize: 8.5, fontWeight: 'bold', textAlign: 'right' }}>{rt(L, 'leadTimes.p90')}</Text>
            </View>
            {lt.rows.map((row) => (
              <View key={row.key} style={{ flexDirection: 'row', paddingVertical: 1.5 }} wrap={false}>
                <Text style={{ width: 230, fontSize: 8.5 }}>{row.label}</Text>
                <Text style={{ width: 70, fontSize: 8.5, textAlign: 'right' }}>{row.n.display}</Text>
                <Text style={{ width: 70, fontSize: 8.5, textAlign: 'right' }}>{row.medianDays === null ? (row.n.n === 0 ? '' : 'x') : String(row.medianDays).replace('.', L === 'nl' ? ',' : '.')}</Text>
                <Text style={{ width: 80, fontSize: 8.5, textAlign: 'right' }}>{row.p90Days === null ? (row.n.n === 0 ? '' : 'x') : String(row.p90Days)}</Text>
              </View>
            ))}
            <Text style={s.small}>{lt.note}</Text>
          </View>
        </Section>
        <Section title={rt(L, 'signals')}>
          {r.signals.length === 0 ? (
            <Text style={s.small}>{rt(L, 'signals.none')}</Text>
          ) : (
            r.signals.map((sig, i) => (
              <View key={i} style={s.bullet} wrap={false}>
                <Text style={s.bulletMark}>•</Text>
                <Text style={{ flex: 1 }}>{sig}</Text>
              </View>
            ))
          )}
        </Section>
        {!r.internal && <Text style={[s.small, { marginTop: 10 }]}>{SUPPRESSION_NOTE[L]}</Text>}
      </LetterPage>
    </Document>
  );
}
