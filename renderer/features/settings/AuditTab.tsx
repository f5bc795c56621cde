/** 'Auditlog' (beheerder): the latest entries, and a check of the hash chain and its signed checkpoints. */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconLink, IconLinkOff, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditVerification } from '../../../shared/api/index';
import { AuditCheckpoints } from './AuditCheckpoints';
import { useAuditList, useVerifyAudit } from './queries';
import { errorText } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { TabHeader } from './TabHeader';

const LIMIT = 200;

/** An outcome in words; an import's record carries its counts ('ok:rows:N:created:M'). */
function outcomeText(t: TFunction, outcome: string): string {
  const imported = /^ok:rows:\d+:created:(\d+)$/.exec(outcome);
  if (imported) return t('audit.outcome.import', { count: Number(imported[1]) });
  return t(`audit.outcome.${outcome}`, { defaultValue: outcome });
}

function VerifyResult({ result, when }: { result: AuditVerification; when(iso: string): string }) {
  const { t } = useTranslation('settings');
  const verdict = result.ok ? (
    <Alert color="teal" variant="light" icon={<IconLink size={18} />} title={t('audit.ok.title')} data-testid="audit-verify">
      {t('audit.ok.text', { count: result.entries })}
    </Alert>
  ) : (
    <Alert
      color="red"
      variant="light"
      icon={<IconLinkOff size={18} />}
      title={t('audit.broken.title')}
      role="alert"
      data-testid="audit-verify"
    >
      {result.brokenAt === null
        ? t('audit.broken.checkpoints')
        : t('audit.broken.text', { at: result.brokenAt, count: result.entries })}
    </Alert>
  );
  return (
    <Stack gap="xs">
      {verdict}
      <AuditCheckpoints result={result} when={when} />
    </Stack>
  );
}

export function AuditTab() {
  const { t, i18n } = useTranslation('settings');
  const entries = useAuditList(LIMIT);
  const verify = useVerifyAudit();
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const clock = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { timeStyle: 'medium' });

  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const check = () => verify.mutate({}, { onSuccess: () => setCheckedAt(new Date()) });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TabHeader title={t('tab.audit')} intro={t('audit.intro', { count: LIMIT })} />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void entries.refetch()}
            loading={entries.isFetching && !entries.isPending}
          >
            {t('audit.refresh')}
          </Button>
          <Button leftSection={<IconShieldCheck size={16} />} onClick={check} loading={verify.isPending}>
            {t('audit.verify')}
          </Button>
        </Group>
      </Group>

      {verify.data && <VerifyResult result={verify.data} when={(iso) => time.format(new Date(iso))} />}
      {verify.data && checkedAt && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('audit.checkedAt', { time: time.format(checkedAt) })}
        </Text>
      )}
      {verify.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {errorText(t, verify.error)}
        </Alert>
      )}

      <Paper withBorder radius="md">
        <QueryState query={entries}>
          {(list) => (
            <Table.ScrollContainer minWidth={900} maxHeight={600}>
              <Table stickyHeader striped verticalSpacing={6} fz="sm" data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.col.time')}</Table.Th>
                    <Table.Th>{t('audit.col.user')}</Table.Th>
                    <Table.Th>{t('audit.col.role')}</Table.Th>
                    <Table.Th>{t('audit.col.action')}</Table.Th>
                    <Table.Th>{t('audit.col.case')}</Table.Th>
                    <Table.Th>{t('audit.col.outcome')}</Table.Th>
                    <Table.Th>{t('audit.col.device')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((e) => (
                    <Table.Tr key={e.id} data-grouped={e.count ? e.count : undefined}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {e.count && e.firstAt
                          ? t('audit.timeRange', { from: time.format(new Date(e.firstAt)), to: clock.format(new Date(e.at)) })
                          : time.format(new Date(e.at))}
                      </Table.Td>
                      <Table.Td>{e.userName}</Table.Td>
                      <Table.Td>
                        {e.role
                          .split('+')
                          .filter(Boolean)
                          .map((r) => t(`role.${r}`, { defaultValue: r }))
                          .join(', ')}
                      </Table.Td>
                      <Table.Td title={e.action}>
                        {t(`audit.action.${e.action}`, { defaultValue: e.action })}
                        {e.count ? ` ${t('audit.times', { count: e.count })}` : ''}
                      </Table.Td>
                      <Table.Td ff="monospace">{e.caseCode ?? '–'}</Table.Td>
                      <Table.Td>
                        <Badge
                          size="sm"
                          variant="light"
                          tt="none"
                          color={e.outcome === 'ok' || e.outcome.startsWith('ok:') ? 'teal' : e.outcome === 'denied' ? 'red' : 'orange'}
                        >
                          {outcomeText(t, e.outcome)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{e.device}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
    </Stack>
  );
}
