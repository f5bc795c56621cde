/**
 * What every letter shares: the A4 page, the letterhead on page 1, the address and reference
 * block, sections, and the footer on every page (footer text, confidentiality line, "pagina X
 * van Y"). Long content flows over pages; an empty part leaves no gap and no placeholder.
 */
import { Canvas, Font, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { useContext, type ReactNode } from 'react';
import type { LetterheadData } from '../letters.sql.js';
import { defaultLogoSvg, fontPath } from './resources.js';
import { parseSvg, pngSize } from './logo.js';
import { PageNumbersContext } from './pipeline.js';
import { SvgLogo } from './svg-logo.js';
import type { T } from './text.js';

export const FONT = 'DejaVu Sans';
/** The whole of DejaVu Sans, for the odd character outside the Latin cut (Greek, Cyrillic, …). */
const FONT_FULL = 'DejaVu Sans (volledig)';
let registered = false;

/**
 * Embedded fonts from resources/fonts; hyphenation off (never English rules on Dutch words).
 * Text is set in a Latin cut of DejaVu Sans (every Latin letter and accent, punctuation, kerning
 * only: resources/fonts/README.md), which lays out several times faster than the whole font;
 * a character it lacks falls back to the whole font.
 */
export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: FONT,
    fonts: [
      { src: fontPath('DejaVuSansLatin.ttf'), fontWeight: 'normal' },
      { src: fontPath('DejaVuSansLatin-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.register({
    family: FONT_FULL,
    fonts: [
      { src: fontPath('DejaVuSans.ttf'), fontWeight: 'normal' },
      { src: fontPath('DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

const INK = '#1b1b1b';
const ACCENT = '#1c4e80';
const MUTED = '#555555';

export const s = StyleSheet.create({
  page: { fontFamily: [FONT, FONT_FULL], fontSize: 10, color: INK, paddingTop: 42, paddingBottom: 78, paddingHorizontal: 58 },
  // lineHeight on the body only: react-pdf drops a fixed footer whose page-number text inherits one.
  body: { lineHeight: 1.45 },
  head: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 26 },
  team: { fontSize: 12, fontWeight: 'bold', color: ACCENT, textAlign: 'right' },
  address: { fontSize: 8.5, color: MUTED, textAlign: 'right', marginTop: 2 },
  to: { marginBottom: 18 },
  meta: { marginBottom: 18 },
  metaRow: { flexDirection: 'row' },
  metaLabel: { width: 78, color: MUTED },
  metaValue: { flex: 1 },
  para: { marginBottom: 7 },
  h2: { fontSize: 11, fontWeight: 'bold', color: ACCENT, marginTop: 10, marginBottom: 4 },
  bold: { fontWeight: 'bold' },
  item: { flexDirection: 'row', marginBottom: 7 },
  itemNo: { width: 20, fontWeight: 'bold' },
  itemBody: { flex: 1 },
  small: { fontSize: 9, color: MUTED },
  bullet: { flexDirection: 'row', marginBottom: 3 },
  bulletMark: { width: 12 },
  signature: { marginTop: 16 },
  footer: { position: 'absolute', left: 58, right: 58, bottom: 28, borderTopWidth: 0.5, borderTopColor: '#999999', paddingTop: 5 },
  footerText: { fontSize: 7.5, color: MUTED },
  footerNote: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 12 },
  pageNo: { width: 96, height: 10, flexShrink: 0 },
  footerRow: { flexDirection: 'row', justifyContent: 'space-between' },
  table: { borderTopWidth: 0.5, borderTopColor: '#999999' },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#999999', paddingVertical: 4 },
  th: { fontWeight: 'bold' },
});

function Logo({ letterhead }: { letterhead: LetterheadData }) {
  const logo = letterhead.logo;
  if (logo?.type === 'image/png') {
    const { width, height } = pngSize(logo.data);
    const h = 48;
    const w = Math.min(200, (width / Math.max(1, height)) * h);
    return <Image src={{ data: logo.data, format: 'png' }} style={{ width: w, height: (w / width) * height }} />;
  }
  const svg = parseSvg(logo?.data ?? defaultLogoSvg());
  return svg ? <SvgLogo svg={svg} height={44} /> : null;
}

export function Letterhead({ letterhead }: { letterhead: LetterheadData }) {
  return (
    <View style={s.head}>
      <Logo letterhead={letterhead} />
      <View style={{ maxWidth: 240 }}>
        <Text style={s.team}>{letterhead.teamName}</Text>
        {letterhead.address !== '' && <Text style={s.address}>{letterhead.address}</Text>}
      </View>
    </View>
  );
}

export function Footer({ t, letterhead, confidential }: { t: T; letterhead: LetterheadData; confidential: string }) {
  return (
    <View style={s.footer} fixed>
      {letterhead.footerText !== '' && <Text style={s.footerText}>{letterhead.footerText}</Text>}
      <View style={s.footerRow}>
        <Text style={[s.footerText, s.footerNote]}>{confidential}</Text>
        <PageNumber t={t} />
      </View>
    </View>
  );
}

/**
 * "pagina X van Y", right-aligned, drawn as each page is drawn: the total comes from the layout
 * (pipeline.ts), so the page needs no second layout for a render prop.
 */
function PageNumber({ t }: { t: T }) {
  const pages = useContext(PageNumbersContext);
  if (!pages) throw new Error('letters render through renderDocument (pipeline.ts), which counts the pages');
  return (
    <Canvas
      style={s.pageNo}
      paint={(painter: PdfPainter, width: number) => {
        pages.drawn += 1;
        const font = Font.getFont({ fontFamily: FONT, fontWeight: 'normal' }).data;
        painter
          .font(font, s.footerText.fontSize)
          .fillColor(MUTED)
          .text(t('page', { page: pages.drawn, pages: pages.total }), 0, 0, { width, align: 'right', lineBreak: false });
        return null;
      }}
    />
  );
}

/** The part of react-pdf's Canvas painter (a pdfkit document) the page number uses. */
interface PdfPainter {
  font(font: unknown, size: number): PdfPainter;
  fillColor(color: string): PdfPainter;
  text(text: string, x: number, y: number, options: { width: number; align: 'right'; lineBreak: false }): PdfPainter;
}

export function LetterPage(props: { t: T; letterhead: LetterheadData; confidential: string; children: ReactNode }) {
  return (
    <Page size="A4" style={s.page} wrap>
      <Footer t={props.t} letterhead={props.letterhead} confidential={props.confidential} />
      <View style={s.body}>
        <Letterhead letterhead={props.letterhead} />
        {props.children}
      </View>
    </Page>
  );
}

export function Meta({ rows }: { rows: [string, string][] }) {
  return (
    <View style={s.meta}>
      {rows
        .filter(([, v]) => v !== '')
        .map(([k, v]) => (
          <View key={k} style={s.metaRow}>
            <Text style={s.metaLabel}>{k}</Text>
            <Text style={s.metaValue}>{v}</Text>
          </View>
        ))}
    </View>
  );
}

/** Paragraphs from a text with blank lines; nothing when empty. */
export function Paras({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (
        <Text key={i} style={s.para}>
          {p}
        </Text>
      ))}
    </>
  );
}

/** A heading with its content, left out entirely when it has nothing to say. */
export function Section({ title, show = true, children }: { title: string; show?: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={40}>
        {title}
      </Text>
      {children}
    </View>
  );
}

export function Bullets({ lines }: { lines: string[] }) {
  return (
    <View style={{ marginBottom: 6 }}>
      {lines.map((l, i) => (
        <View key={i} style={s.bullet} wrap={false}>
          <Text style={s.bulletMark}>•</Text>
          <Text style={{ flex: 1 }}>{l}</Text>
        </View>
      ))}
    </View>
  );
}

export function Signature({ t, letterhead, fallbackName }: { t: T; letterhead: LetterheadData; fallbackName: string }) {
  const name = letterhead.signatureName || fallbackName;
  return (
    <View style={s.signature} wrap={false}>
      <Text>{t('closing')}</Text>
      <Text style={{ marginTop: 22, fontWeight: 'bold' }}>{name}</Text>
      {letterhead.signatureFunction !== '' && <Text>{letterhead.signatureFunction}</Text>}
      <Text style={s.small}>{t('onBehalfOf', { team: letterhead.teamName })}</Text>
    </View>
  );
}
