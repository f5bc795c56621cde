/**
 * The case list: search, filters, sortable columns and server paging. Privacy:
 * rows carry only the case code and initials; full names live in the case file.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, CloseButton, Group, Loader, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconPlus, IconRefresh, IconSearch, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { CaseListRow } from '../../../shared/api/index';
import { errorText } from '../../app/forms';
import { useSession } from '../../app/session';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { hasFilters, readListState, toQuery, writeListState, type ListState } from './listParams';
import { useCaseList } from './queries';

/** At most this long after the last keystroke, the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;

/** Whether the window still shows `pathname` (hash router: the address changes before the next page renders). */
const stillAt = (pathname: string) => (window.location.hash.replace(/^#/, '').split('?')[0] || '/') === pathname;

export function CaseList() {
  const { t } = useTranslation('cases');
  const { can } = useSession();
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

  // The search box keeps its own text; the URL (and the search) follows 150 ms after typing stops.
  const [text, setText] = useState(state.query);
  const written = useRef(state.query);
  // The list's own address: a search that lands after the user went elsewhere (Alt+A, a menu link:
  // the new page may still be loading, so this list is still mounted) must not navigate back here.
  const { pathname } = useLocation();
  const pushQuery = useDebouncedCallback((q: string) => {
    if (!stillAt(pathname)) return;
    written.current = q;
    update({ query: q }, true);
  }, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    // The URL changed from outside (Back, a cleared filter): show it in the box.
    if (state.query !== written.current) {
      written.current = state.query;
      setText(state.query);
    }
  }, [state.query]);

  const list = useCaseList(toQuery(state));

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const open = (row: CaseListRow) => {
    // Put a search still being typed into the URL first, so Back returns to it.
    if (pushQuery.isPending()) pushQuery.flush();
    const search = `?${writeListState(latest.current)}`;
    navigate(`/cases/${row.id}`, { state: { listSearch: search } });
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
                <Loader size="xs" role="status" aria-label={t('common:loading')} />
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
            type="search"
          />

          <CaseFilters state={state} byStatus={data?.byStatus} update={update} />
        </Stack>
      </Paper>

      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Text fw={700} size="lg" data-testid="case-count" aria-live="polite">
            {data ? t(data.capped ? 'list.countCapped' : 'list.count', { count: data.total }) : '\u00a0'}
          </Text>
          {data?.capped && (
            <Text size="sm" c="dimmed" data-testid="case-count-capped">
              {t('list.cappedHint', { count: data.total })}
            </Text>
          )}
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
        <CaseTable
          state={state}
          data={data}
          isPlaceholderData={list.isPlaceholderData}
          filtersOn={filtersOn}
          onSort={(sort, direction) => update({ sort, direction })}
          onOpen={open}
        />
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
