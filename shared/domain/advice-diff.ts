/**
 * A readable difference between two advice versions, computed from the versions
 * `advice.get` returns: which fields changed, which items were added, removed or
 * changed (items are matched by their stable key), and a word-level diff for text.
 */

/** The parts of a version the diff looks at (AdviceVersion satisfies it). */
export interface DiffableVersion {
  adviceDate: string;
  questionSummary: string;
  analysis: string;
  weight: string;
  weightBasis: string;
  weightBasisDate: string;
  teamActivities: readonly string[];
  director: { kind: string; userId: number | null; name: string };
  items: readonly DiffableItem[];
}

export interface DiffableItem {
  key: number;
  category: string;
  financingRoute: string;
  text: string;
  addresseeKind: string;
  addresseeName: string;
  deadline: string;
}

export const VERSION_FIELDS = [
  'adviceDate',
  'questionSummary',
  'analysis',
  'weight',
  'weightBasis',
  'weightBasisDate',
  'teamActivities',
  'director',
] as const;
export const ITEM_FIELDS = ['category', 'financingRoute', 'text', 'addresseeKind', 'addresseeName', 'deadline'] as const;

export type AdviceChange =
  | { kind: 'field'; field: (typeof VERSION_FIELDS)[number]; before: string; after: string }
  | { kind: 'item_added'; itemKey: number; after: DiffableItem }
  | { kind: 'item_removed'; itemKey: number; before: DiffableItem }
  | { kind: 'item_changed'; itemKey: number; field: (typeof ITEM_FIELDS)[number]; before: string; after: string };

function fieldText(v: DiffableVersion, f: (typeof VERSION_FIELDS)[number]): string {
  if (f === 'teamActivities') return [...v.teamActivities].sort().join(', ');
  if (f === 'director') return [v.director.kind, v.director.name].filter(Boolean).join(': ');
  return v[f];
}

/** Changes from `older` to `newer`, version fields first, then items in the newer order (removed ones last). */
export function diffAdviceVersions(older: DiffableVersion, newer: DiffableVersion): AdviceChange[] {
  const out: AdviceChange[] = [];
  for (const f of VERSION_FIELDS) {
    const before = fieldText(older, f);
    const after = fieldText(newer, f);
    if (before !== after) out.push({ kind: 'field', field: f, before, after });
  }
  const old = new Map(older.items.map((i) => [i.key, i]));
  for (const item of newer.items) {
    const prev = old.get(item.key);
    if (!prev) {
      out.push({ kind: 'item_added', itemKey: item.key, after: item });
      continue;
    }
    old.delete(item.key);
    for (const f of ITEM_FIELDS) {
      if (prev[f] !== item[f]) out.push({ kind: 'item_changed', itemKey: item.key, field: f, before: prev[f], after: item[f] });
    }
  }
  for (const prev of old.values()) out.push({ kind: 'item_removed', itemKey: prev.key, before: prev });
  return out;
}

export interface WordDiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Word-level diff (longest common subsequence over words and whitespace). Long
 * texts beyond `maxTokens` per side fall back to one removed and one added part.
 */
export function wordDiff(before: string, after: string, maxTokens = 2000): WordDiffPart[] {
  const a = before.split(/(\s+)/).filter((t) => t !== '');
  const b = after.split(/(\s+)/).filter((t) => t !== '');
  if (a.length > maxTokens || b.length > maxTokens) {
    return [
      ...(before ? [{ op: 'removed' as const, text: before }] : []),
      ...(after ? [{ op: 'added' as const, text: after }] : []),
    ];
  }
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return parts;
}
