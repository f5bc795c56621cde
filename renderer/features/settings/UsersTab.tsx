/** 'Gebruikers' (beheerder): the team's accounts, adding one, roles, deactivating. */
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconPencil, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, type Input } from '../../../shared/api/index';
import type { User } from '../../../shared/api/index';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { ApiError } from '../../api/client';
import { useCreateUser, useUpdateUser, useUsers } from './queries';
import { errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { PassphraseStrength } from '../vault/PassphraseStrength';
import { PassphraseInput } from '../vault/PassphraseInput';
import { useLiveForm, withConfirm } from '../vault/useLiveForm';
import { DeactivationEffect } from './DeactivationEffect';
import { RoleBadges, sortRoles } from './roles';
import { TabHeader } from './TabHeader';

function ErrorAlert({ err }: { err: unknown }) {
  const { t } = useTranslation('settings');
  if (!err) return null;
  const lastAdmin = err instanceof ApiError && err.code === 'LAST_ADMIN';
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      role="alert"
      title={lastAdmin ? t('users.lastAdmin.title') : undefined}
    >
      {errorText(t, err)}
      {lastAdmin && (
        <Text size="sm" mt={4}>
          {t('users.lastAdmin.hint')}
        </Text>
      )}
    </Alert>
  );
}

/** A dialog's error (if any), then Annuleren and the dialog's own action. */
function DialogFooter({ err, onCancel, children }: { err: unknown; onCancel(): void; children: React.ReactNode }) {
  const { t } = useTranslation('settings');
  return (
    <>
      <ErrorAlert err={err} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common:cancel')}
        </Button>
        {children}
      </Group>
    </>
  );
}

/** One checkbox per role, each with a one-line description. */
function RoleCheckboxes(props: {
  value: Role[];
  onChange(v: Role[]): void;
  error?: React.ReactNode;
  onBlur?(): void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Checkbox.Group
      label={t('users.roles')}
      value={props.value}
      onChange={(v) => props.onChange(sortRoles(v as Role[]))}
      error={props.error}
    >
      <Stack gap="xs" mt={6}>
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`role.${r}`)} description={t(`role.${r}.description`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

// --- add -------------------------------------------------------------------------

const createSchema = api['users.create'].input;

function AddUserForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('settings');
  const create = useCreateUser();
  const [formError, setFormError] = useState<unknown>(null);
  type V = { name: string; roles: Role[]; passphrase: string; confirm: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { name: '', roles: [], passphrase: '', confirm: '' },
    validate: withConfirm<V>(
      schemaValidator<V>(createSchema, t, ({ name, roles, passphrase }) => ({ name, roles, passphrase })),
      'passphrase',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    dependents: { passphrase: ['confirm'] },
  });

  const save = async ({ name, roles, passphrase }: V): Promise<boolean> => {
    setFormError(null);
    try {
      const user = await guard.saving(() => create.mutateAsync({ name, roles, passphrase }));
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('users.added.title'),
        message: t('users.added.message', { name: user.name }),
      });
      onDone();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'USER_NAME_TAKEN') setServerError('name', t('users.nameTaken'));
      else if (!applyServer(err, t)) setFormError(err);
      return false;
    }
  };
  // Leaving with a half-added member asks first; never a draft (it holds a passphrase).
  const guard = useFormGuard(form, {
    draftKey: null,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });
  const submit = form.onSubmit((v) => void save(v));

  const values = form.getValues();
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('users.name')}
          description={t('users.name.description')}
          maxLength={80}
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <RoleCheckboxes
          value={values.roles}
          onChange={(roles) => form.getInputProps('roles').onChange(roles)}
          error={form.errors.roles}
        />
        <PassphraseInput
          label={t('users.passphrase')}
          description={t('users.passphrase.description')}
          autoComplete="new-password"
          {...form.getInputProps('passphrase')}
        />
        <PassphraseStrength value={values.passphrase} userInputs={[values.name]} />
        <PassphraseInput label={t('users.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <DialogFooter err={formError} onCancel={onDone}>
          <Button type="submit" loading={create.isPending} leftSection={<IconUserPlus size={16} />}>
            {t('users.add.submit')}
          </Button>
        </DialogFooter>
      </Stack>
    </form>
  );
}

// --- edit roles and deactivate ---------------------------------------------------

/** users.update for one dialog: on success a notice and close; on failure the error stays for the dialog. */
function useUserUpdate(onDone: () => void) {
  const { session, refresh } = useSession();
  const update = useUpdateUser();
  const [err, setErr] = useState<unknown>(null);
  /** True when saved (the dialog closes); false: the error stays for the dialog. */
  const run = async (input: Input<'users.update'>, notice: { title: string; message: string }): Promise<boolean> => {
    setErr(null);
    try {
      await update.mutateAsync(input);
      // Own roles changed: the menus and tabs follow at once.
      if (input.id === session.userId) await refresh();
      notifications.show({ color: 'teal', icon: <IconCheck size={18} />, ...notice });
      onDone();
      return true;
    } catch (e) {
      setErr(e);
      return false;
    }
  };
  return { run, err, setErr, isPending: update.isPending };
}

function EditRolesForm({ user, onDone }: { user: User; onDone(): void }) {
  const { t } = useTranslation('settings');
  const { session } = useSession();
  const update = useUserUpdate(onDone);
  // A form (not plain state) so that the unsaved-changes guard sees changed roles.
  const form = useForm<{ roles: Role[] }>({ initialValues: { roles: sortRoles(user.roles) } });
  const roles = form.getValues().roles;
  const noRoles = roles.length === 0;

  const save = async (): Promise<boolean> => {
    const chosen = form.getValues().roles;
    if (chosen.length === 0) return false;
    const saved = await update.run(
      { id: user.id, roles: chosen, active: user.active },
      { title: t('common:saved'), message: t('users.rolesSaved', { name: user.name }) },
    );
    if (saved) form.resetDirty();
    return saved;
  };
  // Leaving (menu, back, lock) with changed roles asks first; no draft (the dialog is closed after an unlock).
  useFormGuard(form, { draftKey: null, onSave: save });

  return (
    <Stack gap="md">
      <RoleCheckboxes
        value={roles}
        onChange={(v) => {
          form.setFieldValue('roles', v);
          update.setErr(null);
        }}
        error={noRoles ? t('msg:v.roles_required') : undefined}
      />
      {user.id === session.userId && (
        <Text size="sm" c="dimmed">
          {t('users.ownRolesNote')}
        </Text>
      )}
      <DialogFooter err={update.err} onCancel={onDone}>
        <Button onClick={() => void save()} loading={update.isPending} disabled={noRoles}>
          {t('common:save')}
        </Button>
      </DialogFooter>
    </Stack>
  );
}

function DeactivateConfirm({ user, onDone }: { user: User; onDone(): void }) {
  const { t } = useTranslation('settings');
  const update = useUserUpdate(onDone);

  const confirm = () =>
    update.run(
      { id: user.id, roles: user.roles, active: false },
      { title: t('users.deactivated.title'), message: t('users.deactivated.message', { name: user.name }) },
    );

  return (
    <Stack gap="md">
      <DeactivationEffect user={user} />
      <Text size="sm" c="dimmed">
        {t('users.deactivate.final')}
      </Text>
      <DialogFooter err={update.err} onCancel={onDone}>
        <Button color="red" onClick={() => void confirm()} loading={update.isPending} leftSection={<IconUserOff size={16} />}>
          {t('users.deactivate')}
        </Button>
      </DialogFooter>
    </Stack>
  );
}

// --- the tab ---------------------------------------------------------------------

type Dialog = { kind: 'add' } | { kind: 'roles'; user: User } | { kind: 'deactivate'; user: User } | null;

export function UsersTab() {
  const { t, i18n } = useTranslation('settings');
  const { session } = useSession();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TabHeader title={t('tab.users')} intro={t('users.intro')} />
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
          {t('users.add')}
        </Button>
      </Group>

      <Paper withBorder radius="md">
        <QueryState query={users}>
          {(list) => (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('users.col.name')}</Table.Th>
                    <Table.Th>{t('users.col.roles')}</Table.Th>
                    <Table.Th>{t('users.col.status')}</Table.Th>
                    <Table.Th>{t('users.col.created')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('users.col.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((u) => (
                    <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                      <Table.Td fw={500}>
                        {u.name}
                        {u.id === session.userId && (
                          <Text span size="sm" c="dimmed">
                            {' '}
                            ({t('users.you')})
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RoleBadges roles={u.roles} />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={u.active ? 'teal' : 'gray'} variant="dot" tt="none">
                          {u.active ? t('users.active') : t('users.inactive')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{date.format(new Date(u.createdAt))}</Table.Td>
                      <Table.Td>
                        {u.active && (
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              leftSection={<IconPencil size={14} />}
                              onClick={() => setDialog({ kind: 'roles', user: u })}
                              aria-label={t('users.editRolesOf', { name: u.name })}
                            >
                              {t('users.editRoles')}
                            </Button>
                            {u.id !== session.userId && (
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="red"
                                leftSection={<IconUserOff size={14} />}
                                onClick={() => setDialog({ kind: 'deactivate', user: u })}
                                aria-label={t('users.deactivateUser', { name: u.name })}
                              >
                                {t('users.deactivate')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>

      <Modal opened={dialog?.kind === 'add'} onClose={close} title={t('users.add')} size="lg" radius="md">
        {dialog?.kind === 'add' && <AddUserForm onDone={close} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'roles'}
        onClose={close}
        title={dialog?.kind === 'roles' ? t('users.editRolesOf', { name: dialog.user.name }) : ''}
        size="lg"
        radius="md"
      >
        {dialog?.kind === 'roles' && <EditRolesForm user={dialog.user} onDone={close} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'deactivate'}
        onClose={close}
        title={dialog?.kind === 'deactivate' ? t('users.deactivateUser', { name: dialog.user.name }) : ''}
        radius="md"
      >
        {dialog?.kind === 'deactivate' && <DeactivateConfirm user={dialog.user} onDone={close} />}
      </Modal>
    </Stack>
  );
}
