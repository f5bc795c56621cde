/** Besluitenlijst: a decision per case, attendance, "Vaststellen" by the voorzitter; later changes need a reason; versions stay visible. */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DecisionInput, type Attendee, type DecisionList, type DecisionRow } from '../../../../shared/api/index';
import { DECISIONS } from '../../../../shared/domain/meetings';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { QueryState } from '../../../app/QueryState';
import { useSession } from '../../../app/session';
import { MeetingLetters } from '../../letters/MeetingLetters';
import { formatDate } from '../format';
import { useDecisionCommand, useDecisions, useDecisionVersion } from '../queries';

export function DecisionsTab({ meetingId }: { meetingId: number }) {
  const query = useDecisions(meetingId);
  return <QueryState query={query}>{(list) => <Decisions list={list} />}</QueryState>;
}

function AttendanceSummary({ attendance }: { attendance: Attendee[] }) {
  const { t } = useTranslation('meetings');
  const present = attendance.filter((a) => a.status !== 'afwezig');
  const absent = attendance.filter((a) => a.status === 'afwezig');
  const who = (a: Attendee) =>
    `${a.name} (${t(`sector.${a.sector}`)})${a.status === 'vervangen' ? ` ${t('decisions.replacedBy', { name: a.replacedBy })}` : ''}`;
  return (
    <Stack gap={4} data-testid="decisions-attendance">
      <Text size="sm">
        <b>{t('decisions.present')}</b> {present.map(who).join(', ') || t('common:none')}
      </Text>
      <Text size="sm">
        <b>{t('decisions.absent')}</b> {absent.map(who).join(', ') || t('common:none')}
      </Text>
    </Stack>
  );
}

function Decisions({ list }: { list: DecisionList }) {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const establish = useDecisionCommand('meetings.establishDecisions');
  const [failure, setFailure] = useState<unknown>(null);
  const [viewVersion, setViewVersion] = useState(0);
  const established = list.status === 'vastgesteld';
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group>
          <Title order={2} fz={20}>
            {t('decisions.title')}
          </Title>
          <Badge color={established ? 'teal' : 'gray'} size="lg" variant="light" data-testid="decisions-status">
            {established ? t('decisions.establishedVersion', { version: list.version }) : t('decisions.concept')}
          </Badge>
        </Group>
        {can('meeting.establish') && (
          <Button
            leftSection={<IconCheck size={16} />}
            loading={establish.isPending}
            disabled={established}
            onClick={() => {
              setFailure(null);
              establish.mutateAsync({ meetingId: list.meetingId }).catch(setFailure);
            }}
          >
            {t('decisions.establish')}
          </Button>
        )}
      </Group>
      {failure !== null && (
        <Alert color="red" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
      <AttendanceSummary attendance={list.attendance} />
      {list.items.length === 0 ? (
        <Text c="dimmed">{t('decisions.none')}</Text>
      ) : (
        list.items.map((row) => (
          <DecisionForm key={`${row.itemId}-${list.version}`} list={list} row={row} readOnly={!can('meeting.decide')} />
        ))
      )}
      {list.versions.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} fz={16} mb="xs">
            {t('decisions.versions')}
          </Title>
          <Table data-testid="decision-versions">
            <Table.Tbody>
              {list.versions.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>{t('decisions.version', { version: v.version })}</Table.Td>
                  <Table.Td>{formatDate(v.at)}</Table.Td>
                  <Table.Td>{v.by}</Table.Td>
                  <Table.Td>{v.reason}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setViewVersion(v.version)}>
                      {t('decisions.view')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {list.items.length > 0 && <MeetingLetters meetingId={list.meetingId} />}
      {viewVersion > 0 && <VersionDialog meetingId={list.meetingId} version={viewVersion} onClose={() => setViewVersion(0)} />}
    </Stack>
  );
}

interface RowValues {
  decision: DecisionRow['decision'];
  summary: string;
  reason: string;
}

function DecisionForm({ list, row, readOnly }: { list: DecisionList; row: DecisionRow; readOnly: boolean }) {
  const { t } = useTranslation('meetings');
  const save = useDecisionCommand('meetings.setDecision');
  const [failure, setFailure] = useState<unknown>(null);
  const needsReason = list.version > 0;
  const prepare = (v: RowValues) => ({ meetingId: list.meetingId, caseId: row.caseId, ...v });
  const validate = useMemo(
    () => (v: RowValues) => {
      const errors = schemaValidator<RowValues>(DecisionInput, t, (x) => ({ meetingId: list.meetingId, caseId: row.caseId, ...x }))(v);
      if (needsReason && v.reason.trim() === '') errors.reason = t('msg:v.reason_required');
      return errors;
    },
    [t, list.meetingId, row.caseId, needsReason],
  );
  const form = useForm<RowValues>({ initialValues: { decision: row.decision, summary: row.summary, reason: '' }, validate });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(prepare(values));
      form.resetDirty({ ...values, reason: '' });
      form.setFieldValue('reason', '');
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate aria-label={t('decisions.rowLabel', { code: row.caseCode })} data-testid="decision-row">
      <Group align="flex-start" gap="md">
        <Text fw={700} w={100} pt={28}>
          {row.caseCode}
        </Text>
        <Select
          label={t('decisions.decision')}
          w={240}
          clearable
          disabled={readOnly}
          data={DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }))}
          value={form.values.decision || null}
          onChange={(v) => form.setFieldValue('decision', (v ?? '') as RowValues['decision'])}
          error={form.errors.decision}
        />
        <Textarea label={t('decisions.summary')} autosize minRows={2} style={{ flex: 1 }} disabled={readOnly} {...form.getInputProps('summary')} />
      </Group>
      {!readOnly && form.isDirty() && (
        <Group align="flex-end" mt="sm" justify="flex-end">
          {needsReason && <TextInput label={t('decisions.reason')} withAsterisk style={{ flex: 1 }} {...form.getInputProps('reason')} />}
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('decisions.save')}
          </Button>
        </Group>
      )}
      {failure !== null && (
        <Alert color="red" role="alert" mt="xs">
          {errorText(t, failure)}
        </Alert>
      )}
    </Paper>
  );
}

function VersionDialog({ meetingId, version, onClose }: { meetingId: number; version: number; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const query = useDecisionVersion(meetingId, version);
  return (
    <Modal opened onClose={onClose} title={t('decisions.version', { version })} size="lg">
      <QueryState query={query}>
        {(v) => (
          <Stack>
            <Text size="sm" c="dimmed">
              {formatDate(v.at)} · {v.by} {v.reason ? `· ${v.reason}` : ''}
            </Text>
            <AttendanceSummary attendance={v.attendance} />
            <Table>
              <Table.Tbody>
                {v.items.map((r) => (
                  <Table.Tr key={r.itemId}>
                    <Table.Td fw={700}>{r.caseCode}</Table.Td>
                    <Table.Td>{r.decision ? t(`decision.${r.decision}`) : '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
    </Modal>
  );
}
