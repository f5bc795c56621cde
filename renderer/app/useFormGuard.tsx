/**
 * Never lose typed work, for any form, in one line:
 *
 *   const guard = useFormGuard(form, { draftKey: `advice:case:${caseId}`, caseId, onSave });
 *   ...
 *   <DraftOffer guard={guard} />            // above the form: "Er is een concept van …"
 *   onSubmit={form.onSubmit((v) => guard.saving(() => save(v)))}
 *
 * - `form`: a Mantine form (useForm), or anything with the same five methods.
 * - `draftKey`: names the form per user, e.g. 'referral:new', 'consent:case:12';
 *   null keeps no drafts (passphrases!), only the unsaved-changes question.
 * - `onSave`: validate and save as the form's own button does; resolve true when
 *   saved (false: the form shows its messages and stays). The dialog's "opslaan" uses it.
 * - `guard.keepAsDraft()`: before a way out the app offers itself; the form offers the
 *   draft again when the user comes back.
 * - `guard.saving(run)`: wrap the form's own save: navigation during it (to the new
 *   case) is not blocked, and once it succeeds the form counts as unchanged and
 *   its stored draft is removed.
 * Changing the form then asks before leaving (menu, back, tabs, lock, closing the
 * window); a lock keeps it as an encrypted draft that the form offers after
 * unlocking (see ./unsaved.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useApi } from '../api/hooks';
import { registerGuard } from './unsaved';

/** The part of a Mantine form the guard uses. */
export interface GuardableForm<V> {
  isDirty(): boolean;
  getValues(): V;
  setValues(values: V): void;
  reset(): void;
  resetDirty(values?: V): void;
}

export interface FormGuardOptions {
  draftKey?: string | null;
  /** The case the draft belongs to (recorded in the audit log). */
  caseId?: number | null;
  onSave(): Promise<boolean>;
  /** false: the form is not guarded (e.g. read-only). Default true. */
  enabled?: boolean;
}

export interface FormGuard {
  saving<T>(run: () => Promise<T>): Promise<T>;
  /** The stored draft this form may restore (null: none). */
  draft: { savedAt: string } | null;
  restore(): Promise<void>;
  discardDraft(): Promise<void>;
  /**
   * For a way out the app itself offers (e.g. "Naar Toestemming" after a refused save): keep
   * the typed values as a draft and let the next navigation pass without asking.
   */
  keepAsDraft(): Promise<void>;
}

export function useFormGuard<V>(form: GuardableForm<V>, opts: FormGuardOptions): FormGuard {
  const qc = useQueryClient();
  const latest = useRef({ form, opts });
  latest.current = { form, opts };
  const busy = useRef(0);
  const key = opts.draftKey ?? null;
  const enabled = opts.enabled ?? true;

  const removeDraft = async () => {
    const k = latest.current.opts.draftKey;
    if (!k) return;
    await call('drafts.discard', { key: k }).catch(() => undefined);
    await qc.invalidateQueries({ queryKey: ['drafts.list'] });
  };

  useEffect(() => {
    if (!enabled) return;
    return registerGuard({
      isDirty: () => latest.current.form.isDirty(),
      busy: () => busy.current > 0,
      save: async () => {
        busy.current += 1;
        try {
          return await latest.current.opts.onSave();
        } finally {
          busy.current -= 1;
        }
      },
      discard: async () => {
        latest.current.form.reset();
        await removeDraft();
      },
      draft: () => {
        const { form: f, opts: o } = latest.current;
        return o.draftKey ? { key: o.draftKey, caseId: o.caseId ?? null, values: f.getValues() } : null;
      },
    });
    // Registered once per mount; removeDraft and the entry read everything through `latest`.
  }, [enabled]);

  const list = useApi('drafts.list', {}, { enabled: enabled && key !== null, staleTime: 60_000 });
  const stored = key ? (list.data?.find((d) => d.key === key) ?? null) : null;

  return {
    saving: async (run) => {
      busy.current += 1;
      try {
        const result = await run();
        latest.current.form.resetDirty(latest.current.form.getValues());
        await removeDraft();
        return result;
      } finally {
        busy.current -= 1;
      }
    },
    draft: stored ? { savedAt: stored.savedAt } : null,
    restore: async () => {
      if (!key) return;
      const d = await call('drafts.get', { key });
      if (d) latest.current.form.setValues(d.values as V);
      await removeDraft();
    },
    discardDraft: removeDraft,
    keepAsDraft: async () => {
      const { form: f, opts: o } = latest.current;
      if (!f.isDirty()) return;
      if (o.draftKey) {
        const path = window.location.hash.replace(/^#/, '') || '/';
        await call('drafts.save', { key: o.draftKey, caseId: o.caseId ?? null, path, values: f.getValues() });
        await qc.invalidateQueries({ queryKey: ['drafts.list'] });
      }
      f.resetDirty(f.getValues());
    },
  };
}

/** "Er is een concept van <tijd>: herstellen of weggooien", while the form has a stored draft. */
export function DraftOffer({ guard }: { guard: FormGuard }) {
  const { t } = useTranslation('forms');
  const [busy, setBusy] = useState(false);
  if (!guard.draft) return null;
  const run = (fn: () => Promise<void>) => {
    setBusy(true);
    void fn().finally(() => setBusy(false));
  };
  return (
    <Alert color="blue" icon={<IconFileText size={20} />} data-testid="draft-offer" title={t('draft.title')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('draft.text', { time: dayjs(guard.draft.savedAt).format('DD-MM-YYYY HH:mm') })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => run(guard.restore)} loading={busy}>
            {t('draft.restore')}
          </Button>
          <Button size="xs" variant="default" onClick={() => run(guard.discardDraft)} disabled={busy}>
            {t('draft.discard')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
