/**
 * Rendering a letter to PDF bytes, in memory (no temporary files), in the backend worker.
 * The output is deterministic for the same model (the creation date is the letter's date), so
 * recording what was previewed gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { createElement, type ReactElement } from 'react';
import { Besluitenlijst, besluitenlijstTitle, type BesluitenlijstModel } from './besluitenlijst.js';
import { FamilyLetter, familyTitle, type FamilyModel } from './family.js';
import { registerFonts } from './frame.js';
import { renderDocument } from './pipeline.js';
import { ProfessionalLetter, professionalTitle, type ProfessionalModel } from './professional.js';
import { SampleLetter } from './sample.js';

export type LetterModel =
  | ({ kind: 'professional' } & ProfessionalModel)
  | ({ kind: 'family' } & FamilyModel)
  | ({ kind: 'besluitenlijst' } & BesluitenlijstModel)
  | { kind: 'sample'; lang: ProfessionalModel['lang']; letterhead: ProfessionalModel['letterhead']; date: string };

export interface RenderedLetter {
  pdf: Buffer;
  sha256: string;
  pages: number;
  title: string;
}

function element(m: LetterModel): { el: ReactElement; title: string } {
  switch (m.kind) {
    case 'professional':
      return { el: createElement(ProfessionalLetter, m), title: professionalTitle(m) };
    case 'family':
      return { el: createElement(FamilyLetter, m), title: familyTitle({ lang: m.lang, code: m.case.code ?? '' }) };
    case 'besluitenlijst':
      return { el: createElement(Besluitenlijst, m), title: besluitenlijstTitle(m) };
    case 'sample':
      return { el: createElement(SampleLetter, m), title: 'sample' };
  }
}

/** Pages of a PDF: its page objects (pdfkit writes the page dictionaries uncompressed). */
export function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export async function renderLetter(m: LetterModel): Promise<RenderedLetter> {
  registerFonts();
  const { el, title } = element(m);
  const pdf = await renderDocument(el);
  return { pdf, sha256: sha256(pdf), pages: countPages(pdf), title };
}
