/**
 * The case list's filters: status chips with their counts (on one line; where they do not
 * fit, a select with the same counts), age group, municipality, problem area and urgency.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Box, Chip, Group, MultiSelect, SimpleGrid, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/status';
import { AGE_GROUP_KEYS, URGENCIES } from '../../../shared/domain/taxonomies';
import { STATUS_COLORS, useEnumLabels, useProblemAreas } from './labels';
import type { ListState } from './listParams';
import { useMunicipalities } from './queries';

export interface CaseFiltersProps {
  state: ListState;
  /** Cases per status for the current search and other filters; undefined until the list has loaded. */
  byStatus: Partial<Record<CaseStatus, number>> | undefined;
  update(patch: Partial<ListState>): void;
}

export function CaseFilters({ state, byStatus, update }: CaseFiltersProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const { areas, areaLabel } = useProblemAreas();
  const municipalities = useMunicipalities();
  return (
    <>
      <StatusFilter state={state} byStatus={byStatus} update={update} />

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
    </>
  );
}

/** One number format per language (making one costs far more than using it; the chips render twice per status). */
const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (lang: string) => {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
};

function StatusFilter({ state, byStatus, update }: CaseFiltersProps) {
  const { t, i18n } = useTranslation('cases');
  const count = (s: CaseStatus) => numberFormat(i18n.language).format(byStatus?.[s] ?? 0);
  const { label } = useEnumLabels();
  const { ref, width } = useElementSize();
  const measure = useRef<HTMLDivElement>(null);
  const [fits, setFits] = useState(true);
  // The chips are also laid out, invisible, on one line: when that line is wider than the
  // filter, the select takes their place (and the chips come back when the window widens).
  useLayoutEffect(() => {
    if (width > 0 && measure.current) setFits(measure.current.scrollWidth <= width);
  }, [width, byStatus, label, i18n.language]);
  const chips = (
    <Chip.Group multiple value={state.statuses} onChange={(v) => update({ statuses: v as ListState['statuses'] })}>
      {CASE_STATUSES.map((s) => (
        <Chip key={s} value={s} color={STATUS_COLORS[s]} variant="light" size="sm">
          {label('status', s)}{' '}
          <Text span c="dimmed" size="xs" fw={600}>
            {count(s)}
          </Text>
        </Chip>
      ))}
    </Chip.Group>
  );
  return (
    <Box ref={ref} pos="relative">
      <Box ref={measure} aria-hidden style={{ position: 'absolute', visibility: 'hidden', pointerEvents: 'none', height: 0, overflow: 'hidden', display: 'flex', gap: 8, whiteSpace: 'nowrap', width: 'max-content' }}>
        {chips}
      </Box>
      {fits ? (
        <>
          <Text size="sm" fw={600} mb={6} id="status-filter-label">
            {t('list.filter.status')}
          </Text>
          <Group gap={8} wrap="nowrap" role="group" aria-labelledby="status-filter-label" data-testid="status-chips">
            {chips}
          </Group>
        </>
      ) : (
        <MultiSelect
          label={t('list.filter.status')}
          placeholder={state.statuses.length ? undefined : t('list.filter.any')}
          data={CASE_STATUSES.map((s) => ({ value: s, label: `${label('status', s)} (${count(s)})` }))}
          value={state.statuses}
          onChange={(v) => update({ statuses: v as ListState['statuses'] })}
          clearable
          data-testid="status-select"
        />
      )}
    </Box>
  );
}
