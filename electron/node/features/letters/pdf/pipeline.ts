/**
 * A react-pdf document to PDF bytes, in memory (no temporary files), with the page count known
 * before any page is drawn.
 *
 * These are react-pdf's own steps (its reconciler through `pdf()`, `@react-pdf/layout`, then
 * `@react-pdf/render` onto a pdfkit document), as `renderToBuffer` runs them; we run them here so
 * the number of pages can be handed to the footer between layout and drawing. The footer then
 * draws "pagina X van Y" on a Canvas (PageNumbersContext) instead of through a `render` prop: a
 * render prop makes react-pdf lay the whole page out again while paginating and once more per
 * page afterwards, about a fifth of a three-page letter's render time.
 *
 * The versions of @react-pdf/layout, @react-pdf/render and pdfkit are pinned to the ones
 * @react-pdf/renderer itself depends on (package.json), so this is the very code it would run.
 */
import layoutDocument from '@react-pdf/layout';
import renderPDF from '@react-pdf/render';
import { Font, pdf } from '@react-pdf/renderer';
import PDFDocument from 'pdfkit';
import { createContext, createElement, type ReactElement } from 'react';

/** The pages of one render: `total` is set after layout; the footer counts `drawn` up per page. */
export interface PageNumbers {
  total: number;
  drawn: number;
}

export const PageNumbersContext = createContext<PageNumbers | null>(null);

interface DocumentProps {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  language?: string;
  creationDate?: Date;
  modificationDate?: Date;
}

type Layout = Awaited<ReturnType<typeof layoutDocument>>;
type Context = Parameters<typeof renderPDF>[0];
const layout = layoutDocument as unknown as (doc: unknown, fonts: typeof Font) => Promise<Layout>;

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));

export async function renderDocument(el: ReactElement): Promise<Buffer> {
  const pages: PageNumbers = { total: 0, drawn: 0 };
  const instance = pdf(createElement(PageNumbersContext.Provider, { value: pages }, el) as Parameters<typeof pdf>[0]);
  const doc = (instance.container as { document: { props?: DocumentProps } | null }).document;
  if (!doc) throw new Error('not a react-pdf Document');
  const p = doc.props ?? {};
  const ctx = new PDFDocument({
    compress: true,
    lang: p.language,
    displayTitle: true,
    autoFirstPage: false,
    info: defined({
      Title: p.title,
      Author: p.author,
      Subject: p.subject,
      Keywords: p.keywords,
      Creator: p.creator ?? 'react-pdf',
      Producer: p.producer ?? 'react-pdf',
      CreationDate: p.creationDate ?? new Date(),
      ModificationDate: p.modificationDate,
    }),
  }) as unknown as Context & NodeJS.EventEmitter;
  const laidOut = await layout(doc, Font);
  pages.total = laidOut.children?.length ?? 0;
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    ctx.on('data', (c: Buffer) => chunks.push(c));
    ctx.on('end', () => resolve());
    ctx.on('error', reject);
  });
  renderPDF(ctx, laidOut);
  await ended;
  return Buffer.concat(chunks);
}
