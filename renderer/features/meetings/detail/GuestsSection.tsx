/**
 * Guests per case (referrer, youth, parents, expert on call) with the phases
 * they attend, and an invitation (.ics) per guest. A file is written only after
 * a warning; its name holds the case code, never a name.
 */
import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarEvent, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GuestInput, type AgendaItem, type Guest, type IcsFile, type MeetingDetail } from '../../../../shared/api/index';
import { GUEST_KINDS, defaultGuestPhases, type GuestKind } from '../../../../shared/domain/meetings';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { useGuestInvite, useMeetingCommand } from '../queries';

/** Offer the file to the browser as a download (a Blob link; nothing is written before the user agreed). */
function download(file: IcsFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function GuestsSection({ meeting, item, editable }: { meeting: MeetingDetail; item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const remove = useMeetingCommand('meetings.removeGuest');
  const [inviteFor, setInviteFor] = useState<Guest | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const phases = (g: Guest) => [g.deel1 && t('phase.deel1Short'), g.deel2 && t('phase.deel2Short')].filter(Boolean).join(', ');
  return (
    <Stack gap="sm">
      {item.guests.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('guest.none')}
        </Text>
      ) : (
        <Table data-testid="guest-table">
          <Table.Tbody>
            {item.guests.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{t(`guestKind.${g.kind}`)}</Table.Td>
                <Table.Td>{g.name}</Table.Td>
                <Table.Td>{g.role}</Table.Td>
                <Table.Td>{phases(g)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconCalendarEvent size={14} />}
                      onClick={() => setInviteFor(g)}
                      aria-label={t('guest.inviteFor', { kind: t(`guestKind.${g.kind}`) })}
                    >
                      {t('guest.invite')}
                    </Button>
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('guest.remove')}
                        onClick={() => void remove.run({ guestId: g.id }).catch(setFailure)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {failure !== null && (
        <Alert color="red" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
      {editable && <GuestForm item={item} />}
      {inviteFor && <InviteDialog meeting={meeting} guest={inviteFor} onClose={() => setInviteFor(null)} />}
    </Stack>
  );
}

interface GuestValues {
  kind: GuestKind;
  name: string;
  role: string;
  deel1: boolean;
  deel2: boolean;
}

function GuestForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('meetings');
  const save = useMeetingCommand('meetings.saveGuest');
  const [failure, setFailure] = useState<unknown>(null);
  const prepare = (v: GuestValues) => ({ itemId: item.id, ...v });
  const validate = useMemo(() => schemaValidator<GuestValues>(GuestInput, t, (v) => ({ itemId: item.id, ...v })), [t, item.id]);
  const blank: GuestValues = { kind: 'ouder', name: '', role: '', ...defaultGuestPhases('ouder') };
  const form = useForm<GuestValues>({ initialValues: blank, validate });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.run(prepare(values));
      form.setValues({ ...blank, kind: values.kind, ...defaultGuestPhases(values.kind) });
      form.resetDirty();
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('guest.formLabel', { code: item.caseCode })}>
      <Group align="flex-start" gap="sm">
        <Select
          label={t('guest.kind')}
          w={170}
          allowDeselect={false}
          data={GUEST_KINDS.map((k) => ({ value: k, label: t(`guestKind.${k}`) }))}
          value={form.values.kind}
          onChange={(v) => {
            const kind = (v ?? 'ouder') as GuestKind;
            form.setValues({ kind, ...defaultGuestPhases(kind) });
          }}
        />
        <TextInput label={t('guest.name')} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('guest.role')} {...form.getInputProps('role')} />
        <Stack gap={4} pt={28}>
          <Checkbox label={t('phase.deel1Short')} {...form.getInputProps('deel1', { type: 'checkbox' })} />
          <Checkbox label={t('phase.deel2Short')} {...form.getInputProps('deel2', { type: 'checkbox' })} />
        </Stack>
        <Button type="submit" mt={25} variant="light" loading={save.isPending}>
          {t('guest.add')}
        </Button>
      </Group>
      {failure !== null && (
        <Alert color="red" role="alert" mt="xs">
          {errorText(t, failure)}
        </Alert>
      )}
    </form>
  );
}

function InviteDialog({ meeting, guest, onClose }: { meeting: MeetingDetail; guest: Guest; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const invite = useGuestInvite();
  const [failure, setFailure] = useState<unknown>(null);
  const noTime = !meeting.startTime;
  const confirm = async () => {
    setFailure(null);
    try {
      download(await invite.mutateAsync({ guestId: guest.id }));
      onClose();
    } catch (err) {
      setFailure(err);
    }
  };
  const fieldMessage = (err: unknown) => {
    const issue = (err as { fields?: Record<string, { key: string }> }).fields?.startTime;
    return issue ? t(`msg:${issue.key}`) : errorText(t, err);
  };
  return (
    <Modal opened onClose={onClose} title={t('guest.inviteTitle')}>
      <Stack>
        <Alert color="yellow" variant="light" data-testid="file-warning">
          {t('guest.fileWarning')}
        </Alert>
        {noTime && (
          <Alert color="red" role="alert" data-testid="ics-no-time">
            {t('msg:v.time_required')}
          </Alert>
        )}
        {failure !== null && (
          <Alert color="red" role="alert">
            {fieldMessage(failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={invite.isPending} disabled={noTime}>
            {t('guest.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
