/** Labels for the advice codes (advice.json '<group>.<code>'), badges and date helpers shared by the advice screens. */
import { useCallback } from 'react';
import { Badge, type MantineColor } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceItem } from '../../../shared/api/index';
import type { Commitment, ResponseState, VersionStatus } from '../../../shared/domain/advice';
import { dutchToIso, isoToDutch } from '../../../shared/domain/dates';

export type AdviceEnum =
  | 'category'
  | 'financing'
  | 'activity'
  | 'addressee'
  | 'director'
  | 'weight'
  | 'versionStatus'
  | 'response'
  | 'escalation'
  | 'actionStatus'
  | 'itemResult'
  | 'feedbackSource'
  | 'decision'
  | 'fitting'
  | 'knelpunt'
  | 'achterliggend'
  | 'disruption'
  | 'commitment';

export function useAdviceLabels() {
  const { t } = useTranslation('advice');
  const label = useCallback((group: AdviceEnum, value: string) => t(`${group}.${value}`), [t]);
  const options = useCallback(
    (group: AdviceEnum, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) })),
    [label],
  );
  /** "#2 Passende zorg · Zorgaanbieder De Linde" */
  const itemTitle = useCallback(
    (item: Pick<AdviceItem, 'position' | 'category' | 'addresseeKind' | 'addresseeName'>) =>
      `#${item.position + 1} ${label('category', item.category)} · ${addressee(label, item)}`,
    [label],
  );
  return { label, options, itemTitle };
}

export function addressee(
  label: (group: AdviceEnum, value: string) => string,
  item: Pick<AdviceItem, 'addresseeKind' | 'addresseeName'>,
): string {
  const kind = label('addressee', item.addresseeKind);
  return item.addresseeName ? `${kind}: ${item.addresseeName}` : kind;
}

/** ISO -> 'dd-mm-jjjj' ('' stays ''). */
export const showDate = (iso: string | null | undefined): string => isoToDutch(iso ? iso.slice(0, 10) : '');
/** Typed 'dd-mm-jjjj' -> ISO; '' stays '' (an optional date). */
export const typedDate = (text: string): string => (text.trim() === '' ? '' : dutchToIso(text));

export const RESPONSE_COLORS: Record<ResponseState, MantineColor> = {
  geen_reactie: 'gray',
  akkoord: 'teal',
  akkoord_met_wijzigingen: 'lime',
  geweigerd: 'red',
  geescaleerd: 'orange',
};

export const COMMITMENT_COLORS: Record<Commitment | 'gemengd', MantineColor> = {
  toegezegd: 'teal',
  geweigerd: 'red',
  open: 'gray',
  gemengd: 'orange',
};

export const VERSION_COLORS: Record<VersionStatus, MantineColor> = {
  concept: 'yellow',
  vastgesteld: 'indigo',
  vervangen: 'gray',
};

export function VersionBadge({ status, version }: { status: VersionStatus; version: number }) {
  const { t } = useTranslation('advice');
  return (
    <Badge size="lg" color={VERSION_COLORS[status]} variant="light" tt="none" data-testid="advice-version-status">
      {t('version.badge', { version, status: t(`versionStatus.${status}`) })}
    </Badge>
  );
}

export function OverdueBadge({ days }: { days?: number }) {
  const { t } = useTranslation('advice');
  return (
    <Badge color="red" variant="filled" tt="none" leftSection={<IconClockExclamation size={14} />} data-testid="overdue">
      {days === undefined ? t('overdue') : t('overdueDays', { count: days })}
    </Badge>
  );
}
