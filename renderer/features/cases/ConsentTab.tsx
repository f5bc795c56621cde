/** Toestemming: who consented to what, what is still missing, and the chair's other legal ground. */
import { useState } from 'react';
import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, Consent } from '../../../shared/api/index';
import { useSession } from '../../app/session';
import { ConsentForm } from './ConsentForm';
import { formatDate, useEnumLabels } from './labels';
import { LegalGroundForm } from './LegalGroundForm';
import { WithdrawModal } from './WithdrawModal';

export function ConsentTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);

  return (
    <Stack gap="lg">
      <ConsentSummary file={file} />
      <ConsentList file={file} onWithdraw={can('consent.write') ? setWithdrawing : undefined} />
      {can('consent.write') ? (
        <ConsentForm file={file} />
      ) : (
        <Text c="dimmed">{t('consent.readOnly')}</Text>
      )}
      {can('case.legalGround') && <LegalGroundForm file={file} />}
      <WithdrawModal file={file} consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </Stack>
  );
}

function ConsentSummary({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const { sufficient, missing } = file.consentState;
  const age = file.age ?? 0;
  const rule = age < 12 ? 'consent.required.lt12' : age < 16 ? 'consent.required.12to15' : 'consent.required.16plus';
  return (
    <Stack gap="xs">
      <Alert
        color={sufficient ? 'teal' : 'orange'}
        variant="light"
        icon={sufficient ? <IconCircleCheck size={26} /> : <IconAlertTriangle size={26} />}
        data-testid="consent-summary"
      >
        <Text fw={700} size="xl">
          {sufficient
            ? t('consent.complete')
            : t('consent.missing', { who: missing.map((m) => label('subject', m)).join(', ') })}
        </Text>
        <Text mt={4}>{t(rule)}</Text>
      </Alert>
      {file.legalGround && (
        <Alert color="blue" variant="light" icon={<IconGavel size={24} />}>
          <Text fw={600}>{t('consent.legalGroundActive', { ground: file.legalGround.ground })}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {file.legalGround.reason}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('consent.legalGroundCurrent', {
              name: file.legalGround.recordedBy,
              date: formatDate(file.legalGround.recordedAt, true),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function ConsentList({ file, onWithdraw }: { file: CaseFile; onWithdraw?: (c: Consent) => void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} fz={20} mb="sm">
        {t('consent.list')}
      </Title>
      {file.consents.length === 0 ? (
        <Text c="dimmed">{t('consent.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table fz="md" verticalSpacing="sm" data-testid="consent-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.col.subject')}</Table.Th>
                <Table.Th>{t('consent.col.name')}</Table.Th>
                <Table.Th>{t('consent.col.scope')}</Table.Th>
                <Table.Th>{t('consent.col.givenOn')}</Table.Th>
                <Table.Th>{t('consent.col.method')}</Table.Th>
                <Table.Th>{t('consent.col.recordedBy')}</Table.Th>
                <Table.Th>{t('consent.col.state')}</Table.Th>
                {onWithdraw && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.consents.map((c) => (
                <Table.Tr key={c.id} c={c.withdrawnOn ? 'dimmed' : undefined}>
                  <Table.Td>{label('subject', c.subject)}</Table.Td>
                  <Table.Td fw={600}>{c.personName}</Table.Td>
                  <Table.Td>{label('scope', c.scope)}</Table.Td>
                  <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                  <Table.Td>{label('method', c.method)}</Table.Td>
                  <Table.Td>
                    {c.recordedBy}
                    <Text size="xs" c="dimmed">
                      {formatDate(c.recordedAt, true)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.withdrawnOn ? (
                      <>
                        <Badge color="red" variant="light" tt="none" size="lg">
                          {t('consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })}
                        </Badge>
                        {c.withdrawnReason && (
                          <Text size="sm" c="dimmed">
                            {c.withdrawnReason}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Badge color="teal" variant="light" tt="none" size="lg">
                        {t('consent.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  {onWithdraw && (
                    <Table.Td>
                      {!c.withdrawnOn && (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => onWithdraw(c)}>
                          {t('consent.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
