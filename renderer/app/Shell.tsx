/** The unlocked app: header, navigation by feature, the feature routes (from App), and the idle lock. */
import { useEffect, useRef, type ReactNode } from 'react';
import { ActionIcon, AppShell, Burger, Button, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useIdle } from '@mantine/hooks';
import { IconKeyboard, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { setLanguage, type Language } from '../i18n';
import { useChromeMode } from './chrome';
import { IntegrityAlert } from './IntegrityAlert';
import { BackupWarning } from '../features/backups/BackupWarning';
import { PolicyPrompt } from '../features/retention/PolicyPrompt';
import { Navigation } from './Navigation';
import { useSession } from './session';
import { ShortcutsHelp } from './shortcuts/ShortcutsHelp';
import { useShortcuts } from './shortcuts/shortcuts';

const ACTIVITY_PING_MS = 60_000;

/** Locks after the team's idle time; tells the backend about activity so its own backstop agrees. */
function useIdleLock(minutes: number, lock: (reason: 'idle') => Promise<void>, enabled: boolean) {
  const idle = useIdle(minutes * 60_000, { initialState: false });
  useEffect(() => {
    if (idle && enabled) void lock('idle');
  }, [idle, lock, enabled]);

  const lastPing = useRef(Date.now());
  useEffect(() => {
    const onActivity = () => {
      if (Date.now() - lastPing.current < ACTIVITY_PING_MS) return;
      lastPing.current = Date.now();
      void call('session.activity', {}).catch(() => undefined);
    };
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, onActivity));
  }, []);
}

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, lock, can } = useSession();
  const [opened, { toggle }] = useDisclosure();
  // Family-safe and presentation screens: header and navigation are unmounted, not hidden.
  const mode = useChromeMode();
  const bare = mode !== 'normal';
  useIdleLock(session.autoLockMinutes, lock, mode !== 'presentation');
  const shortcuts = useShortcuts({ mode, can, lock });
  const main = useRef<HTMLElement>(null);

  return (
    <>
      {bare ? null : (
        // First in the tab order: past the header and the navigation, straight to the screen.
        <a
          href="#inhoud"
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            main.current?.focus();
          }}
        >
          {t('skipToContent')}
        </a>
      )}
      <AppShell
        header={bare ? undefined : { height: 56 }}
        navbar={bare ? undefined : { width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        {bare ? null : (
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
                <Text fw={700} size="lg">
                  Adviestafel
                </Text>
                <Text c="dimmed" size="sm" visibleFrom="sm">
                  {session.teamName}
                </Text>
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" visibleFrom="sm" data-testid="current-user">
                  {session.userName}
                </Text>
                <SegmentedControl
                  size="xs"
                  aria-label={t('language')}
                  value={i18n.language}
                  onChange={(v) => setLanguage(v as Language)}
                  data={[
                    { value: 'nl', label: 'NL' },
                    { value: 'en', label: 'EN' },
                  ]}
                />
                <Tooltip label={t('shortcuts.open')}>
                  <ActionIcon variant="subtle" size="lg" aria-label={t('shortcuts.open')} onClick={shortcuts.openHelp}>
                    <IconKeyboard size={20} />
                  </ActionIcon>
                </Tooltip>
                <Button variant="light" size="xs" leftSection={<IconLock size={16} />} onClick={() => void lock()}>
                  {t('lock')}
                </Button>
              </Group>
            </Group>
          </AppShell.Header>
        )}
        {bare ? null : (
          <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
            <Navigation />
          </AppShell.Navbar>
        )}
        <AppShell.Main id="inhoud" ref={main} tabIndex={-1}>
          {bare ? null : <IntegrityAlert />}
          {bare ? null : <BackupWarning />}
          {bare ? null : <PolicyPrompt />}
          {children}
        </AppShell.Main>
      </AppShell>
      <ShortcutsHelp opened={shortcuts.helpOpen && !bare} onClose={shortcuts.closeHelp} can={can} />
    </>
  );
}
