/**
 * What the app shows while no one is signed in: create the team vault (first
 * start), unlock it, or recover with the recovery key. Nothing of any case is
 * reachable from here; the only data shown are the team name and the names of
 * its users, which the keyring keeps readable for exactly this screen.
 */
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconClockPause, IconKey, IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/index';
import type { SessionInfo, VaultUser } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText, schemaValidator } from '../../app/forms';
import { setLanguage, type Language } from '../../i18n';
import { PassphraseStrength } from './PassphraseStrength';
import { useCreateVault, useRecoverVault, useUnlockVault, useVaultStatus } from './queries';
import { PassphraseInput } from './PassphraseInput';
import { RecoveryKeyModal } from './RecoveryKeyModal';
import { useLiveForm, withConfirm } from './useLiveForm';

// --- small shared pieces ------------------------------------------------------

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
function retryAfterMs(err: unknown): number {
  if (!(err instanceof ApiError)) return 0;
  const ms = Number(err.params.retryAfterMs ?? 0);
  if (ms > 0) return ms;
  return err.code === 'THROTTLED' ? Number(err.params.seconds ?? 0) * 1000 : 0;
}

/** A countdown to the next allowed unlock attempt. */
function useCountdown() {
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
type Countdown = ReturnType<typeof useCountdown>;

function ThrottleNotice({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds <= 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconClockPause size={18} />} role="status" data-testid="throttled">
      {t('msg:e.THROTTLED', { seconds })}
    </Alert>
  );
}

function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}

function CardHeader({ icon, title, subtitle }: { icon: ReactNode; title: string; subtitle?: ReactNode }) {
  return (
    <Stack gap={6} align="center" mb="lg">
      <ThemeIcon size={48} radius="xl" variant="light">
        {icon}
      </ThemeIcon>
      <Title order={2} ta="center" fz={24}>
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
const userOptions = (users: VaultUser[], placeholder: string) => [
  ...(users.length === 1 ? [] : [{ value: '', label: placeholder, disabled: true }]),
  ...users.map((u) => ({ value: String(u.id), label: u.name })),
];

/** The form keeps null for "nobody chosen"; the native select wants ''. */
function userSelectProps(props: Record<string, any>) {
  return {
    ...props,
    value: (props.value as string | null) ?? '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.currentTarget.value || null),
  };
}

const keyInputStyles = {
  input: { fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace', letterSpacing: '0.04em' },
};

// --- 1. first start: a new team vault ------------------------------------------

interface CreatedKey {
  recoveryKey: string;
  teamName: string;
  session: SessionInfo;
  variant: 'created' | 'new';
}

const createSchema = api['vault.create'].input;

function CreateVault({ onCreated, onExists }: { onCreated(k: CreatedKey): void; onExists(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateVault();
  type V = { teamName: string; userName: string; passphrase: string; confirm: string };
  const { form, applyServer } = useLiveForm<V>({
    initialValues: { teamName: '', userName: '', passphrase: '', confirm: '' },
    validate: withConfirm<V>(
      schemaValidator<V>(createSchema, t, ({ teamName, userName, passphrase }) => ({ teamName, userName, passphrase })),
      'passphrase',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    dependents: { passphrase: ['confirm'] },
  });

  const submit = form.onSubmit(async ({ teamName, userName, passphrase }) => {
    setFormError(null);
    try {
      const r = await create.mutateAsync({ teamName, userName, passphrase });
      onCreated({ recoveryKey: r.recoveryKey, teamName: r.session.teamName, session: r.session, variant: 'created' });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VAULT_EXISTS') onExists();
      if (!applyServer(err, t)) setFormError(errorText(t, err));
    }
  });

  const { teamName, userName } = form.getValues();
  return (
    <form onSubmit={submit} noValidate aria-label={t('create.title')}>
      <CardHeader icon={<IconShieldLock size={26} />} title={t('create.title')} subtitle={t('create.intro')} />
      <Stack gap="md">
        <TextInput
          label={t('create.teamName')}
          description={t('create.teamName.description')}
          maxLength={120}
          autoComplete="organization"
          autoFocus
          {...form.getInputProps('teamName')}
        />
        <TextInput
          label={t('create.userName')}
          description={t('create.userName.description')}
          maxLength={80}
          autoComplete="name"
          {...form.getInputProps('userName')}
        />
        <PassphraseInput
          label={t('create.passphrase')}
          description={t('create.passphrase.description')}
          autoComplete="new-password"
          {...form.getInputProps('passphrase')}
        />
        <PassphraseStrength value={form.getValues().passphrase} userInputs={[teamName, userName]} />
        <PassphraseInput label={t('create.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Alert variant="light" color="teal" p="sm">
          <Text size="sm">{t('create.firstUser')}</Text>
        </Alert>
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={create.isPending}>
          {t('create.submit')}
        </Button>
      </Stack>
    </form>
  );
}

// --- 2. unlock -----------------------------------------------------------------

const unlockSchema = api['vault.unlock'].input;

interface UserFormProps {
  users: VaultUser[];
  teamName: string;
  userId: string | null;
  onUserChange(userId: string | null): void;
  countdown: Countdown;
}

function UnlockForm({
  users,
  teamName,
  userId,
  onUserChange,
  countdown,
  onUnlocked,
  onForgot,
}: UserFormProps & { onUnlocked(s: SessionInfo): void; onForgot(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const unlock = useUnlockVault();
  const passRef = useRef<HTMLInputElement>(null);
  type V = { userId: string | null; passphrase: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { userId, passphrase: '' },
    validate: schemaValidator<V>(unlockSchema, t, (v) => ({
      userId: v.userId ? Number(v.userId) : null,
      passphrase: v.passphrase,
    })),
    onValuesChange: (v, prev) => {
      if (v.userId !== prev.userId) onUserChange(v.userId);
    },
    dependents: { userId: ['passphrase'] },
  });

  const waiting = countdown.seconds > 0;
  const submit = form.onSubmit(async (v) => {
    if (waiting) return;
    setFormError(null);
    try {
      const session = await unlock.mutateAsync({ userId: Number(v.userId), passphrase: v.passphrase });
      onUnlocked(session);
    } catch (err) {
      const wait = retryAfterMs(err);
      if (wait > 0) countdown.start(wait);
      if (err instanceof ApiError && err.code === 'WRONG_PASSPHRASE') {
        setServerError('passphrase', errorText(t, err));
        passRef.current?.focus();
        passRef.current?.select();
      } else if (!(err instanceof ApiError && err.code === 'THROTTLED') && !applyServer(err, t)) {
        setFormError(errorText(t, err));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('unlock.title')}>
      <CardHeader icon={<IconLock size={26} />} title={t('unlock.title')} subtitle={teamName} />
      <Stack gap="md">
        <NativeSelect
          label={t('unlock.user')}
          data={userOptions(users, t('unlock.userPlaceholder'))}
          autoFocus={!userId}
          {...userSelectProps(form.getInputProps('userId'))}
        />
        <PassphraseInput
          ref={passRef}
          label={t('unlock.passphrase')}
          autoComplete="current-password"
          autoFocus={!!userId}
          {...form.getInputProps('passphrase')}
        />
        <ThrottleNotice seconds={countdown.seconds} />
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={unlock.isPending} disabled={waiting}>
          {waiting ? t('unlock.wait', { seconds: countdown.seconds }) : t('unlock.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onForgot}>
          {t('unlock.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}

// --- 3. recovery ---------------------------------------------------------------

const recoverSchema = api['vault.recover'].input;

function RecoverForm({
  users,
  teamName,
  userId,
  onUserChange,
  countdown,
  onRecovered,
  onBack,
}: UserFormProps & { onRecovered(k: CreatedKey): void; onBack(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const recover = useRecoverVault();
  type V = { userId: string | null; recoveryKey: string; newPassphrase: string; confirm: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { userId, recoveryKey: '', newPassphrase: '', confirm: '' },
    validate: withConfirm<V>(
      schemaValidator<V>(recoverSchema, t, (v) => ({
        userId: v.userId ? Number(v.userId) : null,
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      })),
      'newPassphrase',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    onValuesChange: (v, prev) => {
      if (v.userId !== prev.userId) onUserChange(v.userId);
    },
    dependents: { newPassphrase: ['confirm'] },
  });

  const waiting = countdown.seconds > 0;
  const submit = form.onSubmit(async (v) => {
    if (waiting) return;
    setFormError(null);
    try {
      const r = await recover.mutateAsync({
        userId: Number(v.userId),
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      });
      onRecovered({ recoveryKey: r.recoveryKey, teamName: r.session.teamName, session: r.session, variant: 'new' });
    } catch (err) {
      const wait = retryAfterMs(err);
      if (wait > 0) countdown.start(wait);
      if (err instanceof ApiError && err.code === 'WRONG_RECOVERY_KEY') {
        setServerError('recoveryKey', errorText(t, err));
      } else if (!(err instanceof ApiError && err.code === 'THROTTLED') && !applyServer(err, t)) {
        setFormError(errorText(t, err));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('recover.title')}>
      <CardHeader icon={<IconKey size={26} />} title={t('recover.title')} subtitle={teamName} />
      <Stack gap="md">
        <Text size="sm">{t('recover.intro')}</Text>
        <NativeSelect
          label={t('recover.user')}
          data={userOptions(users, t('unlock.userPlaceholder'))}
          autoFocus={!userId}
          {...userSelectProps(form.getInputProps('userId'))}
        />
        <TextInput
          label={t('recover.key')}
          description={t('recover.key.description')}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={60}
          autoFocus={!!userId}
          styles={keyInputStyles}
          {...form.getInputProps('recoveryKey')}
        />
        <PassphraseInput label={t('recover.newPassphrase')} autoComplete="new-password" {...form.getInputProps('newPassphrase')} />
        <PassphraseStrength value={form.getValues().newPassphrase} userInputs={[teamName]} />
        <PassphraseInput label={t('recover.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <ThrottleNotice seconds={countdown.seconds} />
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={recover.isPending} disabled={waiting}>
          {waiting ? t('recover.wait', { seconds: countdown.seconds }) : t('recover.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onBack}>
          {t('recover.back')}
        </Anchor>
      </Stack>
    </form>
  );
}

// --- the screen ----------------------------------------------------------------

export function VaultScreens({ onUnlocked }: { onUnlocked(session: SessionInfo): void }) {
  const { t } = useTranslation('vault');
  const status = useVaultStatus();
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock');
  const [userId, setUserId] = useState<string | null>(null);
  const [shownKey, setShownKey] = useState<CreatedKey | null>(null);
  const countdown = useCountdown();

  const data = status.data;
  const users = data?.users ?? [];
  const chosenUser =
    userId && users.some((u) => String(u.id) === userId) ? userId : users.length === 1 ? String(users[0]!.id) : null;

  let content: ReactNode;
  if (status.isPending) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  } else if (status.isError || !data) {
    content = (
      <Stack>
        <CardHeader icon={<IconShieldLock size={26} />} title={t('status.title')} />
        <FormError message={errorText(t, status.error)} />
        <Button variant="light" onClick={() => void status.refetch()}>
          {t('retry')}
        </Button>
      </Stack>
    );
  } else if (!data.exists) {
    content = <CreateVault onCreated={setShownKey} onExists={() => void status.refetch()} />;
  } else if (mode === 'recover') {
    content = (
      <RecoverForm
        users={users}
        teamName={data.teamName ?? ''}
        userId={chosenUser}
        onUserChange={setUserId}
        countdown={countdown}
        onRecovered={setShownKey}
        onBack={() => setMode('unlock')}
      />
    );
  } else {
    content = (
      <UnlockForm
        users={users}
        teamName={data.teamName ?? ''}
        userId={chosenUser}
        onUserChange={setUserId}
        countdown={countdown}
        onUnlocked={onUnlocked}
        onForgot={() => setMode('recover')}
      />
    );
  }

  return (
    <Box
      mih="100vh"
      style={{
        display: 'flex',
        flexDirection: 'column',
        background:
          'linear-gradient(180deg, var(--mantine-color-gray-0) 0%, var(--mantine-color-teal-0) 100%)',
      }}
    >
      <Group justify="space-between" px="lg" py="md" component="header">
        <Group gap="xs">
          <ThemeIcon size="md" radius="md" variant="filled">
            <IconShieldLock size={16} />
          </ThemeIcon>
          <Text fw={650}>Adviestafel</Text>
        </Group>
        <LanguageSwitch />
      </Group>
      <Center component="main" style={{ flex: 1 }} px="md" py="lg">
        <Paper withBorder shadow="md" radius="lg" p={{ base: 'lg', sm: 36 }} w="100%" maw={460}>
          {content}
        </Paper>
      </Center>
      <Text component="footer" ta="center" size="xs" c="dimmed" pb="md" px="md">
        {t('footer')}
      </Text>
      {shownKey && (
        <RecoveryKeyModal
          opened
          recoveryKey={shownKey.recoveryKey}
          teamName={shownKey.teamName}
          variant={shownKey.variant}
          onDone={() => onUnlocked(shownKey.session)}
        />
      )}
    </Box>
  );
}
