/**
 * Keyboard shortcuts of the unlocked app (useShortcuts, used by the Shell), one
 * list that drives both useHotkeys and the help dialog (`?`).
 *
 * Alt-combinations work in text fields too and use the physical key (Alt+A on a
 * Mac types 'å'); '/' and '?' are characters, so they act only outside text fields.
 * The live meeting has shortcuts of its own (Alt+N, Alt+T, Alt+→); none of these
 * clash with them. While the family is in the room or on the projector only the
 * lock works: nothing may navigate to a list of other cases.
 */
import { useCallback, useState } from 'react';
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { Permission } from '../../../shared/domain/roles';
import type { ChromeMode } from '../chrome';

export type ShortcutId = 'newReferral' | 'search' | 'lock' | 'help';

export interface Shortcut {
  id: ShortcutId;
  /** As useHotkeys reads it. */
  hotkey: string;
  /** As the help dialog shows it. */
  keys: string[];
  /** Needed to see it in the help dialog and to use it; null: everyone. */
  permission: Permission | null;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'newReferral', hotkey: 'alt+A', keys: ['Alt', 'A'], permission: 'case.create' },
  { id: 'search', hotkey: '/', keys: ['/'], permission: 'case.read' },
  { id: 'lock', hotkey: 'alt+L', keys: ['Alt', 'L'], permission: null },
  { id: 'help', hotkey: 'shift+?', keys: ['?'], permission: null },
];

const SEARCH_FIELD = 'main input[type="search"]';

/** Focus the page's search field once it is rendered (after a navigation; the list's code may still load), for at most 5 s. */
function focusSearchField(): void {
  const started = performance.now();
  const attempt = () => {
    const input = document.querySelector<HTMLInputElement>(SEARCH_FIELD);
    if (input) {
      input.focus();
      input.select();
    } else if (performance.now() - started < 5000) {
      requestAnimationFrame(attempt);
    }
  };
  attempt();
}

export interface ShortcutsState {
  helpOpen: boolean;
  openHelp(): void;
  closeHelp(): void;
}

/** Registers the shortcuts; returns the help dialog's state. */
export function useShortcuts(opts: {
  mode: ChromeMode;
  can(permission: Permission): boolean;
  lock(): Promise<void>;
}): ShortcutsState {
  const { mode, can, lock } = opts;
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);
  const normal = mode === 'normal';
  const allowed = (id: ShortcutId) => {
    const s = SHORTCUTS.find((x) => x.id === id)!;
    return (s.permission === null || can(s.permission)) && (normal || id === 'lock');
  };
  const run = (id: ShortcutId, action: () => void) => () => {
    if (allowed(id)) action();
  };
  const hotkey = (id: ShortcutId) => SHORTCUTS.find((s) => s.id === id)!.hotkey;

  // Alt-combinations: also inside text fields, by physical key.
  const altKeys: HotkeyItem[] = [
    [hotkey('newReferral'), run('newReferral', () => navigate('/cases/new')), { usePhysicalKeys: true }],
    [hotkey('lock'), run('lock', () => void lock()), { usePhysicalKeys: true }],
  ];
  useHotkeys(altKeys, []);
  // Characters: only outside text fields.
  useHotkeys([
    [
      hotkey('search'),
      run('search', () => {
        if (!document.querySelector(SEARCH_FIELD)) navigate('/cases');
        focusSearchField();
      }),
    ],
    [hotkey('help'), run('help', () => setHelpOpen(true))],
    ['?', run('help', () => setHelpOpen(true))],
  ]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  return { helpOpen, openHelp, closeHelp };
}
