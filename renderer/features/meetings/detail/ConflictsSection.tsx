/**
 * Conflicts of interest on one case: who, why, recorded by whom; declare or withdraw. A member
 * declares (and withdraws) only their own; the voorzitter may do so for any member, and such a
 * record says it was declared by the chair (the backend enforces both).
 */
import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Autocomplete, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { meetingsApi, type AgendaItem, type MeetingDetail } from '../../../../shared/api/index';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { useSession } from '../../../app/session';
import { formatDate } from '../format';
import { useMeetingCommand } from '../queries';

export function ConflictsSection({ meeting, item }: { meeting: MeetingDetail; item: AgendaItem }) {
  const { t } = useTranslation('meetings');
  const { can, session } = useSession();
  const chair = can('meeting.run');
  const declare = useMeetingCommand('meetings.declareConflict');
  const withdraw = useMeetingCommand('meetings.withdrawConflict');
  const [failure, setFailure] = useState<unknown>(null);
  const schema = meetingsApi['meetings.declareConflict'].input;
  const prepare = (v: { memberName: string; reason: string }) => {
    if (!chair) return { meetingId: meeting.id, caseId: item.caseId, userId: session.userId, ...v, memberName: session.userName };
    const member = meeting.attendance.find((a) => a.name === v.memberName.trim());
    return { meetingId: meeting.id, caseId: item.caseId, userId: member?.userId || null, ...v };
  };
  const validate = useMemo(() => schemaValidator(schema, t, prepare), [schema, t, chair, session.userId]);
  const form = useForm({ initialValues: { memberName: chair ? '' : session.userName, reason: '' }, validate });
  const open = meeting.status === 'gepland' || meeting.status === 'bezig';
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await declare.run(prepare(values));
      form.setValues({ memberName: chair ? '' : session.userName, reason: '' });
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <Stack gap="sm">
      {item.conflicts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('conflict.none')}
        </Text>
      ) : (
        <Table data-testid="conflict-table">
          <Table.Tbody>
            {item.conflicts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td fw={600}>{c.memberName}</Table.Td>
                <Table.Td>{c.reason}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t(c.byChair ? 'conflict.recordedByChair' : 'conflict.recorded', {
                      name: c.recordedBy,
                      date: formatDate(c.recordedAt),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {open && can('meeting.conflict') && (chair || c.userId === session.userId) && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('conflict.withdraw')}
                      onClick={() => void withdraw.run({ meetingId: meeting.id, conflictId: c.id }).catch(setFailure)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && can('meeting.conflict') && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            {chair ? (
              <Autocomplete
                label={t('conflict.member')}
                withAsterisk
                data={[...new Set(meeting.attendance.map((a) => a.name))]}
                {...form.getInputProps('memberName')}
              />
            ) : (
              <TextInput label={t('conflict.member')} description={t('conflict.ownOnly')} readOnly value={session.userName} />
            )}
            <TextInput label={t('conflict.reason')} withAsterisk style={{ flex: 1 }} {...form.getInputProps('reason')} />
            <Button type="submit" mt={25} variant="light" loading={declare.isPending}>
              {t('conflict.declare')}
            </Button>
          </Group>
        </form>
      )}
      {failure !== null && (
        <Alert color="red" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
    </Stack>
  );
}
