/**
 * The case list's table: sortable columns, one row per case (code and initials only),
 * skeleton and empty states. Columns collapse by priority to the measured width
 * (columns.ts); "wacht sinds" and the status are always shown, and what a hidden
 * column held moves to a second line under the code.
 */
import { Fragment, startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Badge, Center, Group, Paper, Skeleton, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow, Result } from '../../../shared/api/index';
import { COLUMNS, daysSince, visibleColumns } from './columns';
import { EmptyCasesActions } from './EmptyCases';
import { OtherTablesMarker, StatusBadge, TransitionMarker, UrgencyBadge, formatDate, useEnumLabels, useProblemAreas } from './labels';
import type { Direction, ListState, Sort } from './listParams';

/** Rows in the first paint (a laptop screen shows fewer); the rest of the page follows at once. */
const FIRST_ROWS = 15;

/** Statuses in which a case no longer waits: the column shows the referral date only. */
const DONE = new Set(['afgesloten', 'niet_in_behandeling']);

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
  const { ref, width } = useElementSize();
  // The width is read once before the first paint, so the rows render once with the right
  // columns (not first with a guess and again after the resize observer reports).
  const box = useRef<HTMLDivElement>(null);
  const boxRef = useMergedRef(ref, box);
  const [firstWidth, setFirstWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    setFirstWidth(box.current?.getBoundingClientRect().width ?? 0);
  }, []);
  const shown = visibleColumns(width > 0 ? width : (firstWidth ?? 0));
  // The first screenful of rows paints first; the rest of the page follows right after, in a
  // transition (a page of 50 rows takes a few hundred ms to render on a slow laptop).
  const [allRows, setAllRows] = useState(false);
  const measured = firstWidth !== null && data !== undefined;
  useEffect(() => {
    if (!measured || allRows) return;
    const frame = requestAnimationFrame(() => startTransition(() => setAllRows(true)));
    return () => cancelAnimationFrame(frame);
  }, [measured, allRows]);
  const rows = firstWidth === null ? undefined : allRows ? data?.rows : data?.rows.slice(0, FIRST_ROWS);
  const columnCount = COLUMNS.filter((c) => shown.has(c.id)).length;

  const sortHeader = (sort: Sort, children: ReactNode, testId?: string) => {
    const active = state.sort === sort;
    const Icon = active ? (state.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
    return (
      <Table.Th aria-sort={active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'} data-testid={testId}>
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
  const plainHeader = (children: ReactNode) => (
    <Table.Th>
      <Text fw={700} size="sm">
        {children}
      </Text>
    </Table.Th>
  );

  const headers: Record<(typeof COLUMNS)[number]['id'], () => ReactNode> = {
    code: () => sortHeader('code', t('list.col.code')),
    initials: () => plainHeader(t('list.col.initials')),
    age: () => sortHeader('age', t('list.col.age')),
    municipality: () => plainHeader(t('list.col.municipality')),
    status: () => sortHeader('status', t('list.col.status')),
    urgency: () => sortHeader('urgency', t('list.col.urgency')),
    problemAreas: () => plainHeader(t('list.col.problemAreas')),
    markers: () => plainHeader(t('list.col.markers')),
    waiting: () => sortHeader('referredOn', t('list.col.referredOn'), 'col-waiting'),
  };

  const cells = (row: CaseListRow): Record<(typeof COLUMNS)[number]['id'], () => ReactNode> => ({
    code: () => (
      <Table.Td>
        <Text fw={700} ff="monospace" size="md">
          {row.code}
        </Text>
        <SecondLine row={row} shown={shown} labelOf={labelOf} />
      </Table.Td>
    ),
    initials: () => <Table.Td>{row.initials}</Table.Td>,
    age: () => <Table.Td>{row.age === null ? t('empty') : t('ageShort', { count: row.age })}</Table.Td>,
    municipality: () => <Table.Td>{row.municipality}</Table.Td>,
    status: () => (
      <Table.Td>
        <StatusBadge status={row.status} size="lg" />
      </Table.Td>
    ),
    urgency: () => (
      <Table.Td>
        {row.urgency === 'normaal' ? (
          <Text c="dimmed" size="sm">
            {label('urgency', row.urgency)}
          </Text>
        ) : (
          <UrgencyBadge urgency={row.urgency} size="lg" />
        )}
      </Table.Td>
    ),
    problemAreas: () => (
      <Table.Td>
        <ProblemAreaCell ids={row.problemAreas} labelOf={labelOf} />
      </Table.Td>
    ),
    markers: () => (
      <Table.Td>
        <Markers row={row} />
      </Table.Td>
    ),
    waiting: () => (
      <Table.Td data-testid="waiting">
        {DONE.has(row.status) ? (
          <Text size="sm" c="dimmed">
            {formatDate(row.referredOn)}
          </Text>
        ) : (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {t('list.waitingDays', { count: daysSince(row.referredOn) })}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDate(row.referredOn)}
            </Text>
          </Stack>
        )}
      </Table.Td>
    ),
  });

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }} ref={boxRef}>
      <Table.ScrollContainer minWidth={480}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing={8} fz="md" stickyHeader style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>{COLUMNS.filter((c) => shown.has(c.id)).map((c) => <Fragment key={c.id}>{headers[c.id]()}</Fragment>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ opacity: isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {!rows &&
              Array.from({ length: 8 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={columnCount}>
                    <Skeleton h={22} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {rows?.map((row) => {
              const rowCells = cells(row);
              return (
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
                  {COLUMNS.filter((c) => shown.has(c.id)).map((c) => (
                    <Fragment key={c.id}>{rowCells[c.id]()}</Fragment>
                  ))}
                </Table.Tr>
              );
            })}
            {data && data.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columnCount}>
                  <Center py="xl">
                    <Stack gap={4} align="center">
                      <Text fw={700} size="lg">
                        {t('list.empty')}
                      </Text>
                      <Text c="dimmed">{filtersOn ? t('list.emptyFiltered') : t('list.emptyNone')}</Text>
                      {!filtersOn && <EmptyCasesActions />}
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

function Markers({ row }: { row: CaseListRow }) {
  return (
    <Group gap={6} wrap="nowrap">
      {row.transition18 && <TransitionMarker size="md" />}
      <OtherTablesMarker count={row.otherTables} size="md" compact />
    </Group>
  );
}

/** Under the code: what the hidden columns hold (age, municipality, signals, problem areas). */
function SecondLine({ row, shown, labelOf }: { row: CaseListRow; shown: Set<string>; labelOf(id: string): string }) {
  const { t } = useTranslation('cases');
  const facts = [
    !shown.has('initials') ? row.initials : '',
    !shown.has('age') && row.age !== null ? t('ageShort', { count: row.age }) : '',
    !shown.has('municipality') ? row.municipality : '',
  ].filter((f) => f !== '');
  const markers = !shown.has('markers') && (row.transition18 || row.otherTables > 0);
  const areas = !shown.has('problemAreas') && row.problemAreas.length > 0;
  if (facts.length === 0 && !markers && !areas) return null;
  return (
    <Stack gap={2} mt={2} data-testid="case-row-more">
      {(facts.length > 0 || markers) && (
        <Group gap={6} wrap="nowrap">
          {facts.length > 0 && (
            <Text size="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          )}
          {markers && <Markers row={row} />}
        </Group>
      )}
      {areas && <ProblemAreaCell ids={row.problemAreas} labelOf={labelOf} small />}
    </Stack>
  );
}

/** All problem areas: up to two lines in the cell, the full list on hover. */
function ProblemAreaCell({ ids, labelOf, small = false }: { ids: string[]; labelOf(id: string): string; small?: boolean }) {
  if (ids.length === 0) return null;
  const text = ids.map(labelOf).join(', ');
  return (
    <Tooltip label={text} multiline w={300} openDelay={300}>
      <Group gap={8} wrap="nowrap" maw={small ? 260 : 230} data-testid="problem-areas">
        <Badge variant="light" color="gray" circle size={small ? 'md' : 'lg'} style={{ flexShrink: 0 }} aria-hidden>
          {ids.length}
        </Badge>
        <Text size={small ? 'xs' : 'sm'} lineClamp={2} style={{ whiteSpace: 'normal' }}>
          {text}
        </Text>
      </Group>
    </Tooltip>
  );
}
