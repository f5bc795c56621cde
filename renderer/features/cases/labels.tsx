/** Enum labels, badges and small formatting helpers shared by the case screens. */
import { Badge, Tooltip, type MantineColor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowsExchange, IconCheck, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProblemArea, Urgency } from '../../../shared/api/index';
import type { CaseStatus } from '../../../shared/domain/status';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/forms';
import { useProblemAreaList } from '../settings/queries';

/** Enum groups whose labels live in cases.json as '<group>.<value>'. */
export type EnumGroup =
  | 'status'
  | 'urgency'
  | 'referrerType'
  | 'living'
  | 'gender'
  | 'relation'
  | 'legal'
  | 'measure'
  | 'questionType'
  | 'otherTable'
  | 'transition'
  | 'outcome'
  | 'routedTo'
  | 'subject'
  | 'scope'
  | 'method'
  | 'closure'
  | 'event'
  | 'ageGroup';

export function useEnumLabels() {
  const { t } = useTranslation('cases');
  const label = useCallback((group: EnumGroup, value: string) => t(`${group}.${value}`), [t]);
  const options = useCallback(
    (group: EnumGroup, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) })),
    [label],
  );
  return { label, options };
}

/** Problem areas from the taxonomy with labels in the current language. */
export function useProblemAreas() {
  const { i18n } = useTranslation();
  const query = useProblemAreaList({ staleTime: 60_000 });
  const en = i18n.language === 'en';
  const areas = useMemo(() => query.data ?? [], [query.data]);
  const labelOf = useCallback(
    (id: string) => {
      const a = areas.find((x) => x.id === id);
      return a ? (en ? a.en : a.nl) : id;
    },
    [areas, en],
  );
  return { areas, labelOf, isPending: query.isPending, areaLabel: (a: ProblemArea) => (en ? a.en : a.nl) };
}

const NO_TRUNCATE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export const STATUS_COLORS: Record<CaseStatus, MantineColor> = {
  aangemeld: 'blue',
  in_screening: 'cyan',
  wacht_op_bespreking: 'yellow',
  besproken: 'grape',
  advies_vastgesteld: 'indigo',
  in_opvolging: 'teal',
  afgesloten: 'gray',
  niet_in_behandeling: 'red',
};

export const URGENCY_COLORS: Record<Urgency, MantineColor> = {
  normaal: 'gray',
  hoog: 'orange',
  zeer_hoog: 'red',
};

export function StatusBadge({ status, size = 'md' }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { label } = useEnumLabels();
  const light = status === 'wacht_op_bespreking';
  return (
    <Badge
      size={size}
      color={STATUS_COLORS[status]}
      variant={light ? 'filled' : 'light'}
      autoContrast
      tt="none"
      styles={NO_TRUNCATE}
      data-testid="status-badge"
    >
      {label('status', status)}
    </Badge>
  );
}

export function UrgencyBadge({ urgency, size = 'md', always = false }: { urgency: Urgency; size?: 'sm' | 'md' | 'lg' | 'xl'; always?: boolean }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  if (urgency === 'normaal' && !always) return null;
  return (
    <Badge
      size={size}
      color={URGENCY_COLORS[urgency]}
      variant={urgency === 'zeer_hoog' ? 'filled' : 'light'}
      tt="none"
      leftSection={urgency !== 'normaal' ? <IconAlertTriangle size={14} /> : undefined}
      styles={NO_TRUNCATE}
      aria-label={t('urgencyLabel', { urgency: label('urgency', urgency) })}
    >
      {label('urgency', urgency)}
    </Badge>
  );
}

export function TransitionMarker({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('cases');
  return (
    <Tooltip label={t('marker.transitionHint')}>
      <Badge size={size} color="violet" variant="outline" tt="none" leftSection={<IconArrowsExchange size={14} />} styles={NO_TRUNCATE}>
        {t('marker.transition')}
      </Badge>
    </Tooltip>
  );
}

export function OtherTablesMarker({ count, size = 'md', compact = false }: { count: number; size?: 'sm' | 'md' | 'lg'; compact?: boolean }) {
  const { t } = useTranslation('cases');
  if (count <= 0) return null;
  const text = t('marker.otherTables', { count });
  return (
    <Tooltip label={compact ? `${text}: ${t('marker.otherTablesHint').toLowerCase()}` : t('marker.otherTablesHint')}>
      <Badge
        size={size}
        color="orange"
        variant="outline"
        tt="none"
        leftSection={<IconUsersGroup size={14} />}
        styles={NO_TRUNCATE}
        aria-label={text}
      >
        {compact ? count : text}
      </Badge>
    </Tooltip>
  );
}

/** ISO date or timestamp -> 'dd-mm-jjjj' (and time when asked). */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return d.format(withTime ? 'DD-MM-YYYY HH:mm' : 'DD-MM-YYYY');
}

/** errorText, with status codes in STATUS_TRANSITION messages shown as their labels. */
export function useErrorText() {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  return useCallback(
    (err: unknown): string => {
      if (err instanceof ApiError && err.code === 'STATUS_TRANSITION') {
        const p = err.params as { from?: string; to?: string };
        return t('msg:e.STATUS_TRANSITION', {
          from: p.from ? label('status', p.from) : '',
          to: p.to ? label('status', p.to) : '',
        });
      }
      return errorText(t, err);
    },
    [t, label],
  );
}

/** A short success message. Kept brief: it sits over the header (and its lock button) while shown. */
export function useNotifySaved() {
  const { t } = useTranslation('cases');
  return useCallback(
    (message: string, title?: string) =>
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title,
        message,
        autoClose: 4000,
        closeButtonProps: { 'aria-label': t('common:close') },
      }),
    [t],
  );
}
