/**
 * The one unsaved-changes guard of the unlocked app. Forms register here (through
 * useFormGuard, ./useFormGuard.tsx); this module then
 * - blocks in-app navigation away from a changed form (menu, links, browser back,
 *   a tab kept in the URL) with react-router's useBlocker and asks
 *   "Wijzigingen niet opgeslagen": opslaan / weggooien / terug;
 * - asks the same before a lock the user chose (chrome.ts confirmLock); "opslaan"
 *   saves, and what cannot be saved (a field message) is kept as a draft;
 * - keeps every changed form as an encrypted draft (drafts.save) before any lock,
 *   and already shortly before the idle lock, so the backend's own idle backstop
 *   (which would make calls fail) never comes first;
 * - asks the browser (or Electron) to confirm closing the window;
 * - after unlocking, goes back to the form of the newest draft, where the form offers it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate, type BlockerFunction } from 'react-router';
import { call } from '../api/client';
import { registerBeforeLock } from './chrome';
import { useSession } from './session';

/** What a guarded form offers the guard (built by useFormGuard). */
export interface GuardEntry {
  isDirty(): boolean;
  /** Validate and save as the form's own save button would; true when saved. */
  save(): Promise<boolean>;
  /** Drop the changes: back to the form's starting values, and no stored draft. */
  discard(): Promise<void>;
  /** The draft to keep on a lock; null: this form keeps no drafts. */
  draft(): { key: string; caseId: number | null; values: unknown } | null;
  /** True while the form's own save runs (it may navigate away itself). */
  busy(): boolean;
}

const entries = new Set<GuardEntry>();
/** Register a form while it is mounted; returns the unregister function. */
export function registerGuard(entry: GuardEntry): () => void {
  entries.add(entry);
  return () => {
    entries.delete(entry);
  };
}

const dirtyEntries = () => [...entries].filter((e) => e.isDirty());
/** Whether any mounted form has changes that are not saved. */
export const hasUnsavedChanges = (): boolean => dirtyEntries().some((e) => !e.busy());

/** Where the app is now (hash router): '/cases/12?tab=toestemming'. */
const currentPath = () => window.location.hash.replace(/^#/, '') || '/';

/** Keep every changed form as a draft in the database (when it keeps drafts). */
export async function saveDrafts(): Promise<void> {
  const path = currentPath();
  await Promise.allSettled(
    dirtyEntries().map(async (e) => {
      const d = e.draft();
      if (d) await call('drafts.save', { ...d, path });
    }),
  );
}

type Choice = 'save' | 'discard' | 'back';
type Question = { kind: 'navigate' | 'lock'; resolve(choice: Choice): void };

/** How long before the idle lock the drafts are already stored (the backend may lock up to a minute earlier). */
const EARLY_DRAFT_MS = 90_000;

/** Mount once inside the router of the unlocked app. */
export function UnsavedChangesGuard() {
  const { t } = useTranslation('forms');
  const { session } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [question, setQuestion] = useState<Question | null>(null);
  const [saving, setSaving] = useState(false);

  const ask = useCallback(
    (kind: Question['kind']) => new Promise<Choice>((resolve) => setQuestion({ kind, resolve })),
    [],
  );
  const answer = (choice: Choice) => {
    question?.resolve(choice);
    setQuestion(null);
  };

  // In-app navigation: any change of path or query (a tab kept in the URL) while a form is changed.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges() &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);
  const asking = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    void (async () => {
      const choice = await ask('navigate');
      if (choice === 'discard') {
        await Promise.all(dirtyEntries().map((e) => e.discard()));
        blocker.proceed();
      } else if (choice === 'save') {
        setSaving(true);
        const results = await Promise.all(dirtyEntries().map((e) => e.save()));
        setSaving(false);
        if (results.every(Boolean)) blocker.proceed();
        else blocker.reset();
      } else {
        blocker.reset();
      }
      asking.current = false;
    })();
  }, [blocker, ask]);

  // Before a lock: the user's own lock asks first; every lock keeps what is still changed as a draft.
  useEffect(
    () =>
      registerBeforeLock(
        () => saveDrafts(),
        async () => {
          if (!hasUnsavedChanges()) return true;
          const choice = await ask('lock');
          if (choice === 'back') return false;
          if (choice === 'discard') await Promise.all(dirtyEntries().map((e) => e.discard()));
          // 'save': what cannot be saved now stays changed and is kept as a draft by the flush.
          else await Promise.all(dirtyEntries().map((e) => e.save().catch(() => false)));
          return true;
        },
      ),
    [ask],
  );

  // Shortly before the idle lock: keep drafts already (this call also counts as activity for the backend).
  const earlyMs = Math.max(session.autoLockMinutes * 60_000 - EARLY_DRAFT_MS, (session.autoLockMinutes * 60_000) / 2);
  const nearlyIdle = useIdle(earlyMs, { initialState: false });
  useEffect(() => {
    if (nearlyIdle && hasUnsavedChanges()) void saveDrafts();
  }, [nearlyIdle]);

  // Closing the window or reloading: the browser's (or Electron's) own question.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // After unlocking: back to the form of the newest draft, which offers to restore it.
  useEffect(() => {
    let cancelled = false;
    void call('drafts.list', {})
      .then((drafts) => {
        qc.setQueryData(['drafts.list', {}], drafts);
        const newest = drafts[0];
        if (!cancelled && newest && currentPath() !== newest.path) navigate(newest.path, { replace: true });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [navigate, qc]);

  return (
    // Three explicit choices, no close cross; Escape and a click outside mean "terug".
    <Modal
      opened={question !== null}
      onClose={() => answer('back')}
      title={t('unsaved.title')}
      withCloseButton={false}
      centered
      data-testid="unsaved-dialog"
    >
      <Stack gap="md">
        <Text>{t('unsaved.text')}</Text>
        {question?.kind === 'lock' && (
          <Text size="sm" c="dimmed">
            {t('unsaved.lockNote')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => answer('back')} disabled={saving} data-autofocus>
            {t('unsaved.back')}
          </Button>
          <Button variant="light" color="red" onClick={() => answer('discard')} disabled={saving}>
            {t('unsaved.discard')}
          </Button>
          <Button onClick={() => answer('save')} loading={saving}>
            {t('unsaved.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
