/**
 * Notes per phase. `Deel1Notes` takes its data only through the family-safe
 * narrowing (useFamilySafeNotes), so it may be on screen while the family is in
 * the room; `TeamNotes` shows both parts and is never mounted in deel 1.
 */
import { Chip, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemNotes } from '../../../../shared/api/index';
import { DEEL1_FIELDS, DEEL2_FIELDS } from '../../../../shared/domain/meetings';
import { DISRUPTIONS } from '../../../../shared/domain/taxonomies';
import { QueryState } from '../../../app/QueryState';
import { useSession } from '../../../app/session';
import { useFamilySafeNotes, useItemNotes, useSetDisruptions } from '../queries';
import { NoteEditor } from './NoteEditor';

export function Deel1Notes({ itemId }: { itemId: number }) {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const notes = useFamilySafeNotes(itemId);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz={18} mb="sm">
        {t('notes.deel1')}
      </Title>
      <QueryState query={notes} inline>
        {(n) => (
          <Stack gap="sm">
            {DEEL1_FIELDS.map((f) => (
              <NoteEditor key={`${itemId}-${f}`} itemId={itemId} field={f} server={n.fields[f]} readOnly={!can('meeting.notes')} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

export function TeamNotes({ itemId }: { itemId: number }) {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const notes = useItemNotes(itemId);
  const readOnly = !can('meeting.notes');
  return (
    <QueryState query={notes} inline>
      {(n) => (
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Title order={3} fz={18} mb="sm">
              {t('notes.deel1')}
            </Title>
            <Stack gap="sm">
              {DEEL1_FIELDS.map((f) => (
                <NoteEditor key={`${itemId}-${f}`} itemId={itemId} field={f} server={n.fields[f]} readOnly={readOnly} />
              ))}
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md" style={{ borderLeft: '6px solid var(--mantine-color-red-7)' }}>
            <Title order={3} fz={18} mb={4}>
              {t('notes.deel2')}
            </Title>
            <Text size="sm" c="red.8" mb="sm">
              {t('notes.deel2Hint')}
            </Text>
            <Stack gap="sm">
              {DEEL2_FIELDS.map((f) => (
                <NoteEditor
                  key={`${itemId}-${f}`}
                  itemId={itemId}
                  field={f}
                  server={n.fields[f]}
                  readOnly={readOnly}
                  internal={f === 'financiering'}
                />
              ))}
              <Disruptions notes={n} readOnly={readOnly} />
            </Stack>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}

function Disruptions({ notes, readOnly }: { notes: ItemNotes; readOnly: boolean }) {
  const { t } = useTranslation('meetings');
  const set = useSetDisruptions();
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={`disruptions-${notes.itemId}`}>
        {t('notes.disruptions')}
      </Text>
      <Chip.Group
        multiple
        value={notes.disruptions}
        onChange={(codes) => {
          if (!readOnly) set.mutate({ itemId: notes.itemId, codes: codes as ItemNotes['disruptions'] });
        }}
      >
        <Group gap="xs" role="group" aria-labelledby={`disruptions-${notes.itemId}`}>
          {DISRUPTIONS.map((d) => (
            <Chip key={d} value={d} disabled={readOnly}>
              {t(`disruption.${d}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </div>
  );
}
