/**
 * The case list: search, filters, sortable columns and server paging. Privacy:
 * rows carry only the case code and initials; full names live in the case file.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Chip,
  CloseButton,
  Group,
  Loader,
  MultiSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import {
  IconChevronDown,
  IconChevronUp,
  IconFilterOff,
  IconPlus,
  IconRefresh,
  IconSearch,
  IconSelector,
  IconShieldLock,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListRow } from '../../../shared/api/index';
import { CASE_STATUSES } from '../../../shared/domain/status';
import { AGE_GROUP_KEYS, URGENCIES } from '../../../shared/domain/taxonomies';
import { errorText } from '../../app/forms';
import { useSession } from '../../app/session';
import {
  OtherTablesMarker,
  STATUS_COLORS,
  StatusBadge,
  TransitionMarker,
  UrgencyBadge,
  formatDate,
  useEnumLabels,
  useProblemAreas,
} from './labels';
import { useCaseList, useMunicipalities } from './queries';
import { hasFilters, readListState, toQuery, writeListState, type ListState, type Sort } from './listParams';

const DEFAULT_DIRECTION: Record<Sort, 'asc' | 'desc'> = {
  code: 'desc',
  referredOn: 'desc',
  updatedAt: 'desc',
  urgency: 'desc',
  age: 'asc',
  status: 'asc',
};

export function CaseList() {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const { label, options } = useEnumLabels();
  const { areas, labelOf, areaLabel } = useProblemAreas();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params), [params]);

  // The newest list state, also between a URL change and the render that shows it
  // (navigations render in a transition), so quick clicks never undo each other.
  const latest = useRef(state);
  const seen = useRef(params.toString());
  if (params.toString() !== seen.current) {
    seen.current = params.toString();
    latest.current = state;
  }

  /** Change the list state; filters reset the page. `replace` keeps typing out of the history. */
  const update = (patch: Partial<ListState>, replace = false) => {
    const next = { ...latest.current, page: 1, ...patch };
    latest.current = next;
    setParams(writeListState(next), { replace });
  };

  // The search box keeps its own text; the URL follows ~200 ms after typing stops.
  const [text, setText] = useState(state.query);
  const written = useRef(state.query);
  const pushQuery = useDebouncedCallback((q: string) => {
    written.current = q;
    update({ query: q }, true);
  }, 200);
  useEffect(() => {
    // The URL changed from outside (Back, a cleared filter): show it in the box.
    if (state.query !== written.current) {
      written.current = state.query;
      setText(state.query);
    }
  }, [state.query]);

  const list = useCaseList(toQuery(state));
  const municipalities = useMunicipalities();

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const open = (row: CaseListRow) => {
    // Put a search still being typed into the URL first, so Back returns to it.
    if (pushQuery.isPending()) pushQuery.flush();
    const search = `?${writeListState(latest.current)}`;
    navigate(`/cases/${row.id}`, { state: { listSearch: search } });
  };

  // The referral date only on wide screens; the list stays one line per case without it.
  const wide = useMediaQuery('(min-width: 100em)', true);
  const sortHeader = (sort: Sort, children: ReactNode) => {
    const active = state.sort === sort;
    const Icon = active ? (state.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
    return (
      <Table.Th aria-sort={active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          onClick={() =>
            update({
              sort,
              direction: active ? (state.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort],
            })
          }
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

  const filtersOn = hasFilters(state);

  return (
    <Stack gap="md" maw={1500}>
      <Group justify="space-between" align="center">
        <Title order={1} fz={30}>
          {t('list.title')}
        </Title>
        {can('case.create') && (
          <Button component={Link} to="/cases/new" size="md" leftSection={<IconPlus size={20} />}>
            {t('list.new')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            size="md"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              pushQuery(e.currentTarget.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') pushQuery.flush();
              if (e.key === 'Escape' && text) {
                setText('');
                pushQuery('');
                pushQuery.flush();
              }
            }}
            leftSection={<IconSearch size={18} />}
            rightSection={
              list.isFetching ? (
                <Loader size="xs" aria-label={t('common:loading')} />
              ) : text ? (
                <CloseButton
                  aria-label={t('list.filter.clear')}
                  onClick={() => {
                    setText('');
                    pushQuery('');
                    pushQuery.flush();
                  }}
                />
              ) : null
            }
            autoFocus
            type="search"
          />

          <Box>
            <Text size="sm" fw={600} mb={6} id="status-filter-label">
              {t('list.filter.status')}
            </Text>
            <Group gap={8} role="group" aria-labelledby="status-filter-label">
              <Chip.Group multiple value={state.statuses} onChange={(v) => update({ statuses: v as ListState['statuses'] })}>
                {CASE_STATUSES.map((s) => (
                  <Chip key={s} value={s} color={STATUS_COLORS[s]} variant="light" size="sm">
                    {label('status', s)}{' '}
                    <Text span c="dimmed" size="xs" fw={600}>
                      {data?.byStatus[s] ?? 0}
                    </Text>
                  </Chip>
                ))}
              </Chip.Group>
            </Group>
          </Box>

          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <MultiSelect
              label={t('list.filter.ageGroup')}
              placeholder={state.ageGroups.length ? undefined : t('list.filter.any')}
              data={options('ageGroup', AGE_GROUP_KEYS)}
              value={state.ageGroups}
              onChange={(v) => update({ ageGroups: v })}
              clearable
            />
            <MultiSelect
              label={t('list.filter.municipality')}
              placeholder={state.municipalities.length ? undefined : t('list.filter.any')}
              data={municipalities.data ?? []}
              value={state.municipalities}
              onChange={(v) => update({ municipalities: v })}
              searchable
              clearable
              nothingFoundMessage={t('list.empty')}
            />
            <MultiSelect
              label={t('list.filter.problemArea')}
              placeholder={state.problemAreas.length ? undefined : t('list.filter.any')}
              data={areas.map((a) => ({ value: a.id, label: areaLabel(a) }))}
              value={state.problemAreas}
              onChange={(v) => update({ problemAreas: v })}
              searchable
              clearable
            />
            <MultiSelect
              label={t('list.filter.urgency')}
              placeholder={state.urgencies.length ? undefined : t('list.filter.any')}
              data={options('urgency', URGENCIES)}
              value={state.urgencies}
              onChange={(v) => update({ urgencies: v as ListState['urgencies'] })}
              clearable
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Text fw={700} size="lg" data-testid="case-count" aria-live="polite">
            {data ? t('list.count', { count: data.total }) : '\u00a0'}
          </Text>
          {filtersOn && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => {
                setText('');
                written.current = '';
                pushQuery.cancel();
                update({ ...readListState(new URLSearchParams()), sort: latest.current.sort, direction: latest.current.direction });
              }}
            >
              {t('list.filter.clear')}
            </Button>
          )}
        </Group>
        <Group gap={6} c="dimmed">
          <IconShieldLock size={16} />
          <Text size="sm">{t('list.privacyHint')}</Text>
        </Group>
      </Group>

      {list.isError && !data ? (
        <Alert color="red" title={t('loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text>{errorText(t, list.error)}</Text>
            <Button variant="light" color="red" leftSection={<IconRefresh size={16} />} onClick={() => void list.refetch()}>
              {t('retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
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
              <Table.Tbody style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
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
                    onClick={() => open(row)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        open(row);
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
      )}

      {data && pages > 1 && (
        <Group justify="space-between">
          <Text c="dimmed" size="sm">
            {t('list.page', { page: state.page, pages })}
          </Text>
          <Pagination total={pages} value={Math.min(state.page, pages)} onChange={(page) => update({ page: page }, false)} withEdges />
        </Group>
      )}
    </Stack>
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
