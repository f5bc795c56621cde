/** Tijdlijn: what happened to the case, newest first: who, when, what. */
import { Paper, Text, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconCalendarMinus,
  IconCalendarOff,
  IconCalendarPlus,
  IconCalendarCheck,
  IconClipboardCheck,
  IconListCheck,
  IconPlayerTrackNext,
  IconUserExclamation,
  IconEdit,
  IconFileImport,
  IconFilePlus,
  IconGavel,
  IconSignature,
  IconSignatureOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/api/index';
import { CLOSURE_REASONS, CONSENT_SCOPES, CONSENT_SUBJECTS, ROUTED_TO, SCREENING_OUTCOMES } from '../../../shared/domain/taxonomies';
import { DECISIONS } from '../../../shared/domain/meetings';
import { formatDate, useEnumLabels } from './labels';

const ICONS: Record<string, typeof IconEdit> = {
  aangemeld: IconFilePlus,
  status: IconArrowRight,
  aanmelding_gewijzigd: IconEdit,
  grondslag: IconGavel,
  toestemming: IconSignature,
  toestemming_ingetrokken: IconSignatureOff,
  screening: IconClipboardCheck,
  // Written by the meetings feature (shared/domain/meetings.ts MEETING_EVENT_KINDS).
  geagendeerd: IconCalendarPlus,
  van_agenda: IconCalendarMinus,
  overleg_geannuleerd: IconCalendarOff,
  doorgeschoven: IconPlayerTrackNext,
  besproken_in_overleg: IconCalendarCheck,
  belangenconflict: IconUserExclamation,
  belangenconflict_ingetrokken: IconUserExclamation,
  besluit: IconListCheck,
  // Written by the import (electron/node/features/import): the detail is the file's row number.
  geimporteerd: IconFileImport,
};

/** Meeting events whose detail is the meeting's ISO date. */
const MEETING_DATE_KINDS = ['geagendeerd', 'van_agenda', 'overleg_geannuleerd', 'doorgeschoven', 'besproken_in_overleg'];

const KNOWN_KINDS = Object.keys(ICONS);
const has = (list: readonly string[], v: string | undefined): v is string => v !== undefined && list.includes(v);

export function TimelineTab({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();

  /** The event's details in words: codes in the detail are translated where we know them. */
  const describe = (e: CaseEvent): string => {
    switch (e.kind) {
      case 'status': {
        const from = e.fromStatus ? label('status', e.fromStatus) : '';
        const to = e.toStatus ? label('status', e.toStatus) : '';
        const change = from ? t('timeline.statusChange', { from, to }) : to;
        if (!e.detail) return change;
        const [head, ...rest] = e.detail.split(': ');
        const detail = has(CLOSURE_REASONS, head)
          ? [label('closure', head), rest.join(': ')].filter(Boolean).join(': ')
          : has(ROUTED_TO, e.detail)
            ? label('routedTo', e.detail)
            : e.detail;
        return `${change} — ${detail}`;
      }
      case 'aangemeld':
        return e.toStatus ? label('status', e.toStatus) : '';
      case 'toestemming': {
        const [subject, scope] = e.detail.split(':');
        return has(CONSENT_SUBJECTS, subject) && has(CONSENT_SCOPES, scope)
          ? t('timeline.consent', { subject: label('subject', subject), scope: label('scope', scope) })
          : e.detail;
      }
      case 'screening':
        return has(SCREENING_OUTCOMES, e.detail) ? label('outcome', e.detail) : e.detail;
      case 'geimporteerd':
        return /^\d+$/.test(e.detail) ? t('timeline.importRow', { row: e.detail }) : e.detail;
      case 'besluit':
        return has(DECISIONS, e.detail) ? t(`meetingDecision.${e.detail}`) : e.detail;
      default:
        if (MEETING_DATE_KINDS.includes(e.kind)) return e.detail ? t('timeline.meetingOf', { date: formatDate(e.detail) }) : '';
        return e.detail;
    }
  };

  if (events.length === 0) return <Text c="dimmed">{t('timeline.none')}</Text>;

  return (
    <Paper withBorder p="lg" radius="md">
      <Timeline bulletSize={32} lineWidth={2} active={events.length}>
        {events.map((e) => {
          const Icon = ICONS[e.kind] ?? IconEdit;
          const what = describe(e);
          return (
            <Timeline.Item
              key={e.id}
              bullet={<Icon size={18} />}
              title={
                <Text fw={700} size="lg">
                  {KNOWN_KINDS.includes(e.kind) ? label('event', e.kind) : e.kind}
                </Text>
              }
              data-testid="timeline-item"
            >
              {what && <Text size="md">{what}</Text>}
              <Text size="sm" c="dimmed" mt={2}>
                {t('timeline.by', { name: e.userName, date: formatDate(e.at, true) })}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
