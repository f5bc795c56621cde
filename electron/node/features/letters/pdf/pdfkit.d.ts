/** pdfkit ships no types; the letters only construct a document and hand it to @react-pdf/render (pipeline.ts). */
declare module 'pdfkit' {
  const PDFDocument: new (options: Record<string, unknown>) => unknown;
  export default PDFDocument;
}
