/**
 * The root: providers, then the vault gate. Until the vault is unlocked only
 * the vault screens exist; nothing of any case is mounted behind them.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MantineProvider, Center, Loader } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/index';
import { call, onLocked } from '../api/client';
import { useAppEvent } from '../api/events';
import { useApi } from '../api/hooks';
import { VaultScreens } from '../features/vault/VaultScreens';
import { forgetSearches } from '../features/cases/listParams';
import { loadCaseRoutes, prefetchCaseList, showsCaseList } from '../features/cases/prefetch';
import { confirmLock, runBeforeLock, useChromeMode, type LockReason } from './chrome';
import { SessionContext, makeCan, type SessionContextValue } from './session';
import { loadFeatureLocales } from '../i18n';
import { lazyPage, pageLoaded, PageFallback } from './lazy';
import { createAppTheme, cssVariablesResolver } from './theme';

// The router, the shell and the feature pages load after the unlock screen, in their own chunks (Unlocked.tsx).
const loadUnlocked = () => Promise.all([import('./Unlocked'), loadFeatureLocales()]).then(([m]) => m);
const UnlockedApp = lazyPage(loadUnlocked, 'UnlockedApp');

/**
 * Fetch the unlocked app's code (router, shell, translations, the case list) ahead: from the
 * first keystroke or click on the unlock screen, and at the latest with the unlock. Not at load:
 * the unlock screen itself stays small. Errors are left to the real load (it retries the import).
 */
function preloadUnlocked(): void {
  void loadUnlocked()
    .then((m) => pageLoaded('UnlockedApp', m.UnlockedApp))
    .catch(() => undefined);
  void loadCaseRoutes()
    .then((m) => pageLoaded('CaseRoutes', m.CaseRoutes))
    .catch(() => undefined);
}
const WARM_ON = ['input', 'keydown', 'pointerdown'] as const;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
    mutations: { retry: false },
  },
});

function VaultGate() {
  const qc = useQueryClient();
  const status = useApi('vault.status', {}, { staleTime: 0 });
  const [session, setSession] = useState<SessionInfo | null>(null);

  // Take over a session from the status only on the first load (a reload of a
  // still-unlocked app). Later refreshes must not, for instance, close the
  // recovery-key dialog that is shown while the new vault is already unlocked.
  const adopted = useRef(false);
  useEffect(() => {
    if (!status.data || adopted.current) return;
    adopted.current = true;
    if (status.data.session) setSession(status.data.session);
  }, [status.data]);

  // The gate's own spinner is for the first load only. Once the status answered (data or an error such as
  // KEYRING_DAMAGED), the vault screens stay mounted and show their own loader: unmounting them for a refetch
  // would remount them, and a remount refetches a status that has no data, so an error would loop forever.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!status.isPending) setSettled(true);
  }, [status.isPending]);

  const forget = useCallback(() => {
    setSession(null);
    // Drop every cached read so nothing of a case survives the lock; the vault
    // status is refreshed, not dropped, so the unlock screen always gets it.
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'vault.status' });
    // Mutations keep their input and result (passphrases, referrals, case files) until
    // garbage-collected: drop them now, with the remembered search texts.
    qc.getMutationCache().clear();
    forgetSearches();
    // No notification survives a lock (they can name a user, a case code or a problem area).
    notifications.clean();
    notifications.cleanQueue();
    void qc.invalidateQueries({ queryKey: ['vault.status'] });
    window.location.hash = '#/';
  }, [qc]);

  useEffect(() => onLocked(forget), [forget]);

  // The backend locked (idle backstop, another window, or its worker stopped): show the unlock screen at once.
  const { t } = useTranslation();
  useAppEvent('vault.locked', (event) => {
    forget();
    if (event.reason === 'worker_died') {
      notifications.show({ id: 'worker-died', color: 'red', autoClose: false, message: t('msg:e.WORKER_DIED') });
    }
  });

  const lock = useCallback(async (reason: LockReason = 'user') => {
    // A changed form asks first (opslaan / weggooien / terug) when the user locks; then unsaved
    // typing is saved (meeting notes) or kept as an encrypted draft (forms), then the vault locks.
    if (reason === 'user' && !(await confirmLock())) return;
    await runBeforeLock(reason);
    try {
      await call('session.lock', {});
    } finally {
      forget();
    }
  }, [forget]);

  // While the unlock screen is in use, the next screen's code loads (see preloadUnlocked).
  const locked = session === null;
  useEffect(() => {
    if (!locked) return;
    const opts = { capture: true, once: true } as const;
    for (const type of WARM_ON) document.addEventListener(type, preloadUnlocked, opts);
    return () => {
      for (const type of WARM_ON) document.removeEventListener(type, preloadUnlocked, opts);
    };
  }, [locked]);

  // Unlocked: the case list's reads start now, alongside the code, when the list is the first screen.
  const unlocked = useCallback(
    (s: SessionInfo) => {
      preloadUnlocked();
      if (showsCaseList() && makeCan(s)('case.read')) prefetchCaseList(qc);
      setSession(s);
    },
    [qc],
  );

  const refresh = useCallback(async () => {
    const fresh = await call('vault.status', {});
    if (fresh.session) setSession(fresh.session);
  }, []);

  const value = useMemo<SessionContextValue | null>(
    () => (session ? { session, lock, refresh, can: makeCan(session) } : null),
    [session, lock, refresh],
  );

  if (!value) {
    if (status.isPending && !settled) {
      return (
        <Center h="100vh">
          <Loader />
        </Center>
      );
    }
    return <VaultScreens onUnlocked={unlocked} />;
  }
  return (
    <SessionContext.Provider value={value}>
      <Suspense fallback={<PageFallback />}>
        <UnlockedApp />
      </Suspense>
    </SessionContext.Provider>
  );
}

export function App() {
  // No notification (it could be about another case) while the family is in the room or on the projector.
  const chrome = useChromeMode();
  // The theme carries translated labels (close buttons, pagination): rebuilt when the language changes.
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t, i18n.language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* At most three, at the top centre: the header is empty there and no save button sits under it. */}
      {chrome === 'normal' && <Notifications position="top-center" limit={3} />}
      <QueryClientProvider client={queryClient}>
        <VaultGate />
      </QueryClientProvider>
    </MantineProvider>
  );
}
