/** Attendance: members present, absent or replaced, with their sector; quorum and sector warnings. */
import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AttendanceInput, type Attendee, type MeetingDetail } from '../../../../shared/api/index';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/meetings';
import { SECTORS, type Sector } from '../../../../shared/domain/sectors';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { useSession } from '../../../app/session';
import { useMeetingCommand } from '../queries';
import { AgendaWarnings } from './AgendaTab';

interface Row {
  userId: number | null;
  name: string;
  sector: Sector;
  status: AttendanceStatus;
  replacedBy: string;
}

const toRow = (a: Attendee): Row => ({
  userId: a.userId || null,
  name: a.name,
  sector: a.sector,
  status: a.status,
  replacedBy: a.replacedBy,
});

export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const editable = can('meeting.attendance') && (meeting.status === 'gepland' || meeting.status === 'bezig');
  const save = useMeetingCommand('meetings.setAttendance');
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const validate = useMemo(
    () => schemaValidator<{ members: Row[] }>(AttendanceInput, t, (v) => ({ meetingId: meeting.id, members: v.members })),
    [t, meeting.id],
  );
  const form = useForm<{ members: Row[] }>({ initialValues: { members: meeting.attendance.map(toRow) }, validate });
  const submit = form.onSubmit(async ({ members }) => {
    setFailure(null);
    setSaved(false);
    try {
      await save.run({ meetingId: meeting.id, members });
      form.resetDirty();
      setSaved(true);
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  const sectors = SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }));
  const statuses = ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`attendance.${s}`) }));

  return (
    <Stack gap="md">
      <AgendaWarnings meeting={meeting} />
      <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate aria-label={t('tab.attendance')}>
        <Group justify="space-between" mb="sm">
          <Text>{t('attendance.quorumLine', { present: meeting.quorum.present, required: meeting.quorum.required })}</Text>
          {!meeting.attendanceSaved && <Badge variant="light">{t('attendance.suggestion')}</Badge>}
        </Group>
        <Table data-testid="attendance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.name')}</Table.Th>
              <Table.Th>{t('attendance.sector')}</Table.Th>
              <Table.Th>{t('attendance.status')}</Table.Th>
              <Table.Th>{t('attendance.replacedBy')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.members.map((m, i) => (
              <Table.Tr key={i} data-testid="attendance-row">
                <Table.Td>
                  <TextInput
                    aria-label={t('attendance.nameOf', { n: i + 1 })}
                    disabled={!editable}
                    {...form.getInputProps(`members.${i}.name`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('attendance.sectorOf', { name: m.name || i + 1 })}
                    data={sectors}
                    allowDeselect={false}
                    disabled={!editable}
                    value={m.sector}
                    onChange={(v) => form.setFieldValue(`members.${i}.sector`, (v ?? 'anders') as Sector)}
                  />
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    aria-label={t('attendance.statusOf', { name: m.name || i + 1 })}
                    data={statuses}
                    disabled={!editable}
                    value={m.status}
                    onChange={(v) => form.setFieldValue(`members.${i}.status`, v as AttendanceStatus)}
                  />
                </Table.Td>
                <Table.Td>
                  {m.status === 'vervangen' && (
                    <TextInput
                      aria-label={t('attendance.replacedByOf', { name: m.name || i + 1 })}
                      disabled={!editable}
                      {...form.getInputProps(`members.${i}.replacedBy`)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <ActionIcon variant="subtle" color="red" aria-label={t('attendance.remove')} onClick={() => form.removeListItem('members', i)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {failure !== null && (
          <Alert color="red" role="alert" mt="sm">
            {errorText(t, failure)}
          </Alert>
        )}
        {saved && !form.isDirty() && (
          <Text c="teal" mt="sm" data-testid="attendance-saved">
            {t('attendance.saved')}
          </Text>
        )}
        {editable && (
          <Group justify="space-between" mt="md">
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} />}
              onClick={() => form.insertListItem('members', { userId: null, name: '', sector: 'jeugdzorg', status: 'aanwezig', replacedBy: '' })}
            >
              {t('attendance.add')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('attendance.save')}
            </Button>
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
