/** The case list's filters: status chips with their counts, age group, municipality, problem area and urgency. */
import { Box, Chip, Group, MultiSelect, SimpleGrid, Text } from '@mantine/core';
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
  const { label, options } = useEnumLabels();
  const { areas, areaLabel } = useProblemAreas();
  const municipalities = useMunicipalities();
  return (
    <>
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
                  {byStatus?.[s] ?? 0}
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
    </>
  );
}
