/** Small pieces shared by the vault screens: language switch, notices, headers, the user choice, the countdown. */
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { Alert, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo, VaultUser } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { setLanguage, type Language } from '../../i18n';

/** NL/EN switch, usable before anyone is signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language === 'en' ? 'en' : 'nl'}
      onChange={(v) => setLanguage(v as Language)}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

/** Milliseconds the backend asks us to wait, from a THROTTLED or a failed attempt. */
export function retryAfterMs(err: unknown): number {
  if (!(err instanceof ApiError)) return 0;
  const ms = Number(err.params.retryAfterMs ?? 0);
  if (ms > 0) return ms;
  return err.code === 'THROTTLED' ? Number(err.params.seconds ?? 0) * 1000 : 0;
}

/** A countdown to the next allowed unlock attempt. */
export function useCountdown() {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const id = setInterval(() => {
      const n = Date.now();
      setNow(n);
      if (n >= until) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [until]);
  return {
    seconds: Math.max(0, Math.ceil((until - now) / 1000)),
    start(ms: number) {
      const n = Date.now();
      setNow(n);
      setUntil(n + ms);
    },
  };
}
export type Countdown = ReturnType<typeof useCountdown>;

export function ThrottleNotice({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds <= 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconClockPause size={18} />} role="status" data-testid="throttled">
      {t('msg:e.THROTTLED', { seconds })}
    </Alert>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}

export function CardHeader({ icon, title, subtitle }: { icon: ReactNode; title: string; subtitle?: ReactNode }) {
  return (
    <Stack gap={6} align="center" mb="lg">
      <ThemeIcon size={48} radius="xl" variant="light">
        {icon}
      </ThemeIcon>
      <Title order={1} ta="center" fz={24}>
        {title}
      </Title>
      {subtitle && (
        <Text c="dimmed" size="sm" ta="center">
          {subtitle}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The team's users for a native select: short list, type-ahead, one element per
 * label. A placeholder option shows until someone is chosen.
 */
export const userOptions = (users: VaultUser[], placeholder: string) => [
  ...(users.length === 1 ? [] : [{ value: '', label: placeholder, disabled: true }]),
  ...users.map((u) => ({ value: String(u.id), label: u.name })),
];

/** The form keeps null for "nobody chosen"; the native select wants ''. */
export function userSelectProps(props: Record<string, any>) {
  return {
    ...props,
    value: (props.value as string | null) ?? '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.currentTarget.value || null),
  };
}

export const keyInputStyles = {
  input: { fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace', letterSpacing: '0.04em' },
};

/** A recovery key to show once: after creating the vault ('created') or after a recovery ('new'). */
export interface CreatedKey {
  recoveryKey: string;
  teamName: string;
  session: SessionInfo;
  variant: 'created' | 'new';
}

/** What the unlock and recovery forms share: the team's users and who is chosen, kept across both forms. */
export interface UserFormProps {
  users: VaultUser[];
  teamName: string;
  userId: string | null;
  onUserChange(userId: string | null): void;
  countdown: Countdown;
}
