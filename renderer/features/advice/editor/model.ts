/** The advice editor's form values and their mapping to the contract's AdviceContent (dates typed as dd-mm-jjjj). */
import type { TFunction } from 'i18next';
import { AdviceContent, contentOf, type AdviceContentInput, type AdviceFile } from '../../../../shared/api/index';
import type {
  AddresseeKind,
  AdviceCategory,
  AdviceWeight,
  DirectorKind,
  FinancingRoute,
  TeamActivity,
} from '../../../../shared/domain/advice';
import { todayIso } from '../../../../shared/domain/dates';
import { schemaValidator } from '../../../app/forms';
import { showDate, typedDate } from '../labels';

export interface ItemValues {
  /** Local identity for React keys and reordering. */
  uid: string;
  /** The stable key of an item continued from an earlier version. */
  key?: number;
  category: AdviceCategory | '';
  financingRoute: FinancingRoute | '';
  text: string;
  addresseeKind: AddresseeKind | '';
  addresseeName: string;
  deadline: string;
}

export interface EditorValues {
  adviceDate: string;
  questionSummary: string;
  analysis: string;
  items: ItemValues[];
  teamActivities: TeamActivity[];
  director: { kind: DirectorKind | ''; userId: string | null; name: string };
  weight: AdviceWeight;
  weightBasis: string;
  weightBasisDate: string;
  /** Correction only: why this version corrects the approved one. */
  reason: string;
}

let seq = 0;
export const newUid = (): string => `i${Date.now().toString(36)}${(seq++).toString(36)}`;

export const blankItem = (): ItemValues => ({
  uid: newUid(),
  category: '',
  financingRoute: '',
  text: '',
  addresseeKind: '',
  addresseeName: '',
  deadline: '',
});

function fromContent(c: AdviceContentInput, reason: string): EditorValues {
  return {
    adviceDate: showDate(c.adviceDate),
    questionSummary: c.questionSummary ?? '',
    analysis: c.analysis ?? '',
    items: (c.items ?? []).map((i) => ({
      uid: newUid(),
      key: i.key,
      category: i.category,
      financingRoute: i.financingRoute ?? '',
      text: i.text,
      addresseeKind: i.addresseeKind,
      addresseeName: i.addresseeName ?? '',
      deadline: showDate(i.deadline ?? ''),
    })),
    teamActivities: [...(c.teamActivities ?? [])],
    director: {
      kind: c.director?.kind ?? '',
      userId: c.director?.userId ? String(c.director.userId) : null,
      name: c.director?.kind === 'teamlid' ? '' : (c.director?.name ?? ''),
    },
    weight: c.weight ?? 'advies',
    weightBasis: c.weightBasis ?? '',
    weightBasisDate: showDate(c.weightBasisDate ?? ''),
    reason,
  };
}

/** What the editor starts from: the open concept, the approved version (a new correction) or a blank advice. */
export function initialValues(file: AdviceFile, mode: 'draft' | 'correct'): EditorValues {
  const cur = file.current;
  if (cur && cur.status === 'concept') return fromContent(contentOf(cur), cur.reason);
  if (mode === 'correct' && file.approved) return fromContent(contentOf(file.approved), '');
  return {
    adviceDate: showDate(todayIso()),
    questionSummary: '',
    analysis: '',
    items: [blankItem()],
    teamActivities: [],
    director: { kind: '', userId: null, name: '' },
    weight: file.settings.defaultWeight,
    weightBasis: file.settings.weightBasisText,
    weightBasisDate: showDate(file.settings.weightBasisDate),
    reason: '',
  };
}

export function toContent(v: EditorValues): AdviceContentInput {
  const kind = v.director.kind;
  return {
    adviceDate: typedDate(v.adviceDate),
    questionSummary: v.questionSummary,
    analysis: v.analysis,
    items: v.items.map((i) => ({
      ...(i.key !== undefined ? { key: i.key } : {}),
      category: i.category as AdviceCategory,
      financingRoute: i.category === 'financieringsroute' ? i.financingRoute : '',
      text: i.text,
      addresseeKind: i.addresseeKind as AddresseeKind,
      addresseeName: i.addresseeName,
      deadline: typedDate(i.deadline),
    })),
    teamActivities: v.teamActivities,
    director: {
      kind,
      userId: kind === 'teamlid' && v.director.userId ? Number(v.director.userId) : null,
      name: kind === 'teamlid' || kind === '' ? '' : v.director.name,
    },
    weight: v.weight,
    weightBasis: v.weightBasis,
    weightBasisDate: typedDate(v.weightBasisDate),
  };
}

/** Field messages from the contract's own schema; a correction also needs its reason. */
export function editorValidator(t: TFunction, mode: 'draft' | 'correct') {
  const content = schemaValidator<EditorValues>(AdviceContent, t, toContent);
  return (v: EditorValues) => {
    const errors = content(v);
    if (v.adviceDate.trim() === '') errors.adviceDate = t('msg:v.required');
    if (mode === 'correct' && v.reason.trim() === '') errors.reason = t('msg:v.correction_reason_required');
    return errors;
  };
}
