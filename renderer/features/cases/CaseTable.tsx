/** The case list's table: sortable columns, one row per case (code and initials only), skeleton and empty states. */
import type { ReactNode } from 'react';
import { Badge, Center, Group, Paper, Skeleton, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow, Result } from '../../../shared/api/index';
import { OtherTablesMarker, StatusBadge, TransitionMarker, UrgencyBadge, formatDate, useEnumLabels, useProblemAreas } from './labels';
import type { Direction, ListState, Sort } from './listParams';

const DEFAULT_DIRECTION: Record<Sort, Direction> = {
  code: 'desc',
  referredOn: 'desc',
  updatedAt: 'desc',
  urgency: 'desc',
  age: 'asc',
  status: 'asc',
};

export interface CaseTableProps {
  state: ListState;
  /** The page to show; undefined while the first page loads. */
  data: Result<'cases.list'> | undefined;
  /** The previous page is still shown while the next one loads. */
  isPlaceholderData: boolean;
  filtersOn: boolean;
  onSort(sort: Sort, direction: Direction): void;
  onOpen(row: CaseListRow): void;
}

export function CaseTable({ state, data, isPlaceholderData, filtersOn, onSort, onOpen }: CaseTableProps) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const { labelOf } = useProblemAreas();

  // The referral date only on wide screens; the list stays one line per case without it.
  const wide = useMediaQuery('(min-width: 100em)', true);
  const sortHeader = (sort: Sort, children: ReactNode) => {
    const active = state.sort === sort;
    const Icon = active ? (state.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
    return (
      <Table.Th aria-sort={active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          onClick={() => onSort(sort, active ? (state.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort])}
          aria-label={t('list.sortBy', { column: String(children) })}
        >
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {children}
            </Text>
            <Icon size={16} stroke={1.8} opacity={active ? 1 : 0.5} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={1000}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing={8} fz="md" stickyHeader style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              {sortHeader('code', t('list.col.code'))}
              <Table.Th>
                <Text fw={700} size="sm">
                  {t('list.col.initials')}
                </Text>
              </Table.Th>
              {sortHeader('age', t('list.col.age'))}
              <Table.Th>
                <Text fw={700} size="sm">
                  {t('list.col.municipality')}
                </Text>
              </Table.Th>
              {sortHeader('status', t('list.col.status'))}
              {sortHeader('urgency', t('list.col.urgency'))}
              <Table.Th>
                <Text fw={700} size="sm">
                  {t('list.col.problemAreas')}
                </Text>
              </Table.Th>
              <Table.Th>
                <Text fw={700} size="sm">
                  {t('list.col.markers')}
                </Text>
              </Table.Th>
              {wide && sortHeader('referredOn', t('list.col.referredOn'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ opacity: isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {!data &&
              Array.from({ length: 8 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={wide ? 9 : 8}>
                    <Skeleton h={22} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {data?.rows.map((row) => (
              <Table.Tr
                key={row.id}
                onClick={() => onOpen(row)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(row);
                  }
                }}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                aria-label={t('list.open', { code: row.code })}
                data-testid="case-row"
              >
                <Table.Td>
                  <Text fw={700} ff="monospace" size="md">
                    {row.code}
                  </Text>
                </Table.Td>
                <Table.Td>{row.initials}</Table.Td>
                <Table.Td>{row.age === null ? t('empty') : t('ageShort', { count: row.age })}</Table.Td>
                <Table.Td>{row.municipality}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} size="lg" />
                </Table.Td>
                <Table.Td>
                  {row.urgency === 'normaal' ? (
                    <Text c="dimmed" size="sm">
                      {label('urgency', row.urgency)}
                    </Text>
                  ) : (
                    <UrgencyBadge urgency={row.urgency} size="lg" />
                  )}
                </Table.Td>
                <Table.Td>
                  <ProblemAreaCell ids={row.problemAreas} labelOf={labelOf} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {row.transition18 && <TransitionMarker size="md" />}
                    <OtherTablesMarker count={row.otherTables} size="md" compact />
                  </Group>
                </Table.Td>
                {wide && <Table.Td>{formatDate(row.referredOn)}</Table.Td>}
              </Table.Tr>
            ))}
            {data && data.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={wide ? 9 : 8}>
                  <Center py="xl">
                    <Stack gap={4} align="center">
                      <Text fw={700} size="lg">
                        {t('list.empty')}
                      </Text>
                      <Text c="dimmed">{filtersOn ? t('list.emptyFiltered') : t('list.emptyNone')}</Text>
                    </Stack>
                  </Center>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function ProblemAreaCell({ ids, labelOf }: { ids: string[]; labelOf(id: string): string }) {
  if (ids.length === 0) return null;
  const labels = ids.map(labelOf);
  return (
    <Tooltip label={labels.join(', ')} multiline w={300} openDelay={300}>
      <Group gap={8} wrap="nowrap" maw={240}>
        <Badge variant="light" color="gray" circle size="lg" style={{ flexShrink: 0 }} aria-hidden>
          {ids.length}
        </Badge>
        <Text size="sm" truncate="end">
          {labels.join(', ')}
        </Text>
      </Group>
    </Tooltip>
  );
}
