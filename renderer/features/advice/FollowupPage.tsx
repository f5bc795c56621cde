/**
 * /followup, "Opvolging": across open cases, overdue responses, overdue actions and
 * reviews due within a fortnight. Rows show the case code and initials only and link to the case.
 */
import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState';
import { addressee, OverdueBadge, showDate, useAdviceLabels } from './labels';
import { useFollowupOverview } from './queries';

export function CaseLink({ caseId, code, initials }: { caseId: number; code: string; initials: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/cases/${caseId}?tab=advies`} ff="monospace" fw={700}>
        {code}
      </Anchor>
      <Text c="dimmed" size="sm">
        {initials}
      </Text>
    </Group>
  );
}

function Section({ title, total, shown, testId, children }: { title: string; total: number; shown: number; testId: string; children: ReactNode }) {
  const { t } = useTranslation('advice');
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} fz={20}>
            {title}
          </Title>
          <Badge color={total > 0 ? 'red' : 'gray'} variant="light" size="lg">
            {total}
          </Badge>
        </Group>
        {total > shown && <Text c="dimmed">{t('followup.capped', { shown, total })}</Text>}
      </Group>
      {total === 0 ? <Text c="dimmed">{t('followup.empty')}</Text> : children}
    </Paper>
  );
}

export function FollowupPage() {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  const query = useFollowupOverview();
  return (
    <Stack gap="lg" maw={1400}>
      <Title order={1}>{t('followup.title')}</Title>
      <QueryState query={query}>
        {(o) => (
          <Stack gap="lg">
            <Text c="dimmed">{t('followup.today', { date: showDate(o.today) })}</Text>
            <Section title={t('followup.responses')} total={o.totals.overdueResponses} shown={o.overdueResponses.length} testId="followup-responses">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('followup.case')}</Table.Th>
                    <Table.Th>{t('view.item')}</Table.Th>
                    <Table.Th>{t('view.addressee')}</Table.Th>
                    <Table.Th>{t('editor.deadline')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.overdueResponses.map((r) => (
                    <Table.Tr key={`${r.caseId}-${r.itemKey}`} data-testid="followup-response">
                      <Table.Td>
                        <CaseLink caseId={r.caseId} code={r.caseCode} initials={r.initials} />
                      </Table.Td>
                      <Table.Td>{label('category', r.category)}</Table.Td>
                      <Table.Td>{addressee(label, r)}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {showDate(r.deadline)}
                          <OverdueBadge days={r.daysOverdue} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <Section title={t('followup.actions')} total={o.totals.overdueActions} shown={o.overdueActions.length} testId="followup-actions">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('followup.case')}</Table.Th>
                    <Table.Th>{t('action.what')}</Table.Th>
                    <Table.Th>{t('action.who')}</Table.Th>
                    <Table.Th>{t('action.due')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.overdueActions.map((a) => (
                    <Table.Tr key={a.id} data-testid="followup-action">
                      <Table.Td>
                        <CaseLink caseId={a.caseId} code={a.caseCode} initials={a.initials} />
                      </Table.Td>
                      <Table.Td>{a.what}</Table.Td>
                      <Table.Td>{a.whoName}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {showDate(a.due)}
                          <OverdueBadge />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <Section title={t('followup.reviews')} total={o.totals.reviewsDue} shown={o.reviewsDue.length} testId="followup-reviews">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('followup.case')}</Table.Th>
                    <Table.Th>{t('review.date')}</Table.Th>
                    <Table.Th>{t('followup.approvedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.reviewsDue.map((r) => (
                    <Table.Tr key={r.caseId} data-testid="followup-review">
                      <Table.Td>
                        <CaseLink caseId={r.caseId} code={r.caseCode} initials={r.initials} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {showDate(r.reviewDate)}
                          {r.overdue && <OverdueBadge />}
                        </Group>
                      </Table.Td>
                      <Table.Td>{showDate(r.approvedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
