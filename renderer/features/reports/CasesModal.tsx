/**
 * The drill-down: the cases behind one row of one figure, for team members only. Codes and
 * initials, each linking to its case file; the backend logs the opening per case.
 */
import { Anchor, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FigureKey } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { QueryState } from '../../app/QueryState';
import { useEnumLabels } from '../cases/labels';
import { useReportCases, type ReportScope } from './queries';

export interface DrillTarget {
  figure: FigureKey;
  figureTitle: string;
  row: string;
  label: string;
}

export function CasesModal({ scope, target, onClose }: { scope: ReportScope; target: DrillTarget | null; onClose(): void }) {
  const { t } = useTranslation('reports');
  const { label } = useEnumLabels();
  const query = useReportCases(target ? { ...scope, figure: target.figure, row: target.row } : null);
  return (
    <Modal opened={target !== null} onClose={onClose} size="lg" title={target ? t('cases.title', { label: target.label }) : ''}>
      {target && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('cases.figure', { figure: target.figureTitle, from: isoToDutch(scope.from), to: isoToDutch(scope.to) })}
          </Text>
          <QueryState query={query} inline>
            {(r) => (
              <Stack gap="xs">
                <Text size="sm" fw={600} data-testid="drill-count">
                  {t('cases.count', { count: r.cases.length })}
                </Text>
                {r.cases.length === 0 ? (
                  <Text c="dimmed">{t('cases.none')}</Text>
                ) : (
                  <Table striped withTableBorder aria-label={t('cases.title', { label: target.label })}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('cases.code')}</Table.Th>
                        <Table.Th>{t('cases.initials')}</Table.Th>
                        <Table.Th>{t('cases.status')}</Table.Th>
                        <Table.Th>{t('cases.referredOn')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.cases.map((c) => (
                        <Table.Tr key={c.caseId} data-testid="drill-case">
                          <Table.Td>
                            <Anchor component={Link} to={`/cases/${c.caseId}`} ff="monospace" fw={700}>
                              {c.code}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{c.initials}</Table.Td>
                          <Table.Td>{label('status', c.status)}</Table.Td>
                          <Table.Td>{isoToDutch(c.referredOn)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {r.archived > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('archived', { count: r.archived })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('cases.logged')}
                </Text>
              </Stack>
            )}
          </QueryState>
        </Stack>
      )}
    </Modal>
  );
}
