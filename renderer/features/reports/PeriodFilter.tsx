/**
 * The dashboard's filters: a period (a quick choice, or two dates typed as dd-mm-jjjj) and the
 * municipality to count (all by default). A quick choice applies at once; typed dates apply with 'Toepassen'
 * (or Enter) once both are valid, with a message at the field that is not.
 */
import { useEffect, useState } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dutchToIso, isIsoDate, isoToDutch } from '../../../shared/domain/dates';
import { useApiQuery } from '../../app/query';
import { useSession } from '../../app/session';
import { casesKeys } from '../cases/queries';
import { matchingChoice, quickChoices, type PeriodState, type QuickChoice } from './period';

const CUSTOM = 'custom';

export function useChoiceLabel() {
  const { t } = useTranslation('reports');
  return (c: QuickChoice) => (c.kind === 'half' ? t(`period.half${c.half}`, { year: c.year }) : t('period.year', { year: c.year }));
}

export function PeriodFilter({ state, onChange }: { state: PeriodState; onChange(next: PeriodState): void }) {
  const { t } = useTranslation('reports');
  const choiceLabel = useChoiceLabel();
  const { can } = useSession();
  // The names come from the cases (a beheerder without case access types none: all municipalities).
  const municipalities = useApiQuery(casesKeys.municipalities(), 'cases.municipalities', {}, { staleTime: 60_000, enabled: can('case.read') });
  const choices = quickChoices();
  const matched = matchingChoice(state);
  const [custom, setCustom] = useState(matched === null);
  const [from, setFrom] = useState(isoToDutch(state.from));
  const [to, setTo] = useState(isoToDutch(state.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  // A period chosen elsewhere (a quick choice, Back) shows its dates in the fields.
  useEffect(() => {
    setFrom(isoToDutch(state.from));
    setTo(isoToDutch(state.to));
    setErrors({});
  }, [state.from, state.to]);

  const applyTyped = () => {
    const f = dutchToIso(from);
    const u = dutchToIso(to);
    const next: { from?: string; to?: string } = {};
    if (!isIsoDate(f)) next.from = t('msg:v.date_invalid');
    if (!isIsoDate(u)) next.to = t('msg:v.date_invalid');
    if (!next.from && !next.to && u < f) next.to = t('period.toBeforeFrom');
    setErrors(next);
    if (next.from || next.to) return;
    onChange({ ...state, from: f, to: u });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('filters.title')}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('period.label')}
          data={[...choices.map((c) => ({ value: c.id, label: choiceLabel(c) })), { value: CUSTOM, label: t('period.custom') }]}
          value={custom || !matched ? CUSTOM : matched.id}
          allowDeselect={false}
          onChange={(v) => {
            if (v === CUSTOM) return setCustom(true);
            const c = choices.find((x) => x.id === v);
            if (!c) return;
            setCustom(false);
            onChange({ ...state, ...c.period });
          }}
          w={220}
        />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            applyTyped();
          }}
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('period.from')}
              placeholder={t('period.datePlaceholder')}
              value={from}
              onChange={(e) => {
                setFrom(e.currentTarget.value);
                setCustom(true);
              }}
              error={errors.from}
              w={150}
            />
            <TextInput
              label={t('period.to')}
              placeholder={t('period.datePlaceholder')}
              value={to}
              onChange={(e) => {
                setTo(e.currentTarget.value);
                setCustom(true);
              }}
              error={errors.to}
              w={150}
            />
            <Button type="submit" variant="default" mt={25}>
              {t('period.apply')}
            </Button>
          </Group>
        </form>
        <Select
          label={t('filters.municipality')}
          placeholder={t('filters.allMunicipalities')}
          data={municipalities.data ?? []}
          value={state.municipality || null}
          onChange={(v) => onChange({ ...state, municipality: v ?? '' })}
          searchable
          clearable
          nothingFoundMessage={t('filters.noMunicipality')}
          miw={240}
          style={{ flex: 1 }}
        />
      </Group>
    </Paper>
  );
}
