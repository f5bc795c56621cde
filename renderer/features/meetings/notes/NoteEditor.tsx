/** One note field: a plain textarea with its save state, and the conflict view when another screen saved first. */
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteFieldState } from '../../../../shared/api/index';
import type { NoteField } from '../../../../shared/domain/meetings';
import { useNoteAutosave, type NoteConflict, type SaveState } from './useNoteAutosave';

const STATE_COLORS: Record<SaveState, string> = {
  saved: 'teal',
  dirty: 'gray',
  saving: 'blue',
  error: 'red',
  conflict: 'orange',
};

export function SaveBadge({ state, field }: { state: SaveState; field: NoteField }) {
  const { t } = useTranslation('meetings');
  return (
    <Badge color={STATE_COLORS[state]} variant="light" data-testid={`save-state-${field}`} aria-live="polite">
      {t(`notes.state.${state}`)}
    </Badge>
  );
}

export function NoteEditor({
  itemId,
  field,
  server,
  readOnly,
  internal = false,
}: {
  itemId: number;
  field: NoteField;
  server: NoteFieldState | undefined;
  readOnly: boolean;
  internal?: boolean;
}) {
  const { t } = useTranslation('meetings');
  const note = useNoteAutosave(itemId, field, server);
  return (
    <Stack gap={4}>
      <Textarea
        label={
          <Group gap="xs" component="span">
            <span>{t(`notes.field.${field}`)}</span>
            {internal && (
              <Badge color="red" variant="outline" size="xs" component="span">
                {t('notes.internal')}
              </Badge>
            )}
          </Group>
        }
        autosize
        minRows={3}
        maxRows={16}
        readOnly={readOnly}
        value={note.text}
        onChange={(e) => note.setText(e.currentTarget.value)}
        onBlur={() => void note.flush()}
        data-testid={`note-${field}`}
        spellCheck
      />
      {!readOnly && (
        <Group gap="xs">
          <SaveBadge state={note.state} field={field} />
          {note.state === 'error' && (
            <Button size="compact-xs" variant="light" color="red" onClick={note.retry}>
              {t('notes.retry')}
            </Button>
          )}
        </Group>
      )}
      {note.conflict && <ConflictView conflict={note.conflict} onResolve={note.resolve} />}
    </Stack>
  );
}

function ConflictView({ conflict, onResolve }: { conflict: NoteConflict; onResolve(text: string): void }) {
  const { t } = useTranslation('meetings');
  const [merged, setMerged] = useState(`${conflict.currentText}\n\n${conflict.yourText}`);
  return (
    <Paper withBorder p="sm" radius="md" bg="orange.0" data-testid="note-conflict">
      <Alert color="orange" variant="light" mb="sm">
        {t('notes.conflict', { name: conflict.savedBy })}
      </Alert>
      <SimpleGrid cols={2}>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('notes.theirs', { name: conflict.savedBy })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-theirs">
            {conflict.currentText}
          </Text>
          <Button size="xs" variant="light" onClick={() => onResolve(conflict.currentText)}>
            {t('notes.takeTheirs')}
          </Button>
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('notes.yours')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-yours">
            {conflict.yourText}
          </Text>
          <Button size="xs" variant="light" onClick={() => onResolve(conflict.yourText)}>
            {t('notes.keepMine')}
          </Button>
        </Stack>
      </SimpleGrid>
      <Textarea mt="sm" label={t('notes.merge')} autosize minRows={3} value={merged} onChange={(e) => setMerged(e.currentTarget.value)} />
      <Group justify="flex-end" mt="xs">
        <Button size="xs" onClick={() => onResolve(merged)}>
          {t('notes.saveMerged')}
        </Button>
      </Group>
    </Paper>
  );
}
