/**
 * The case file's "Advies" tab: the advice (editor while a concept, locked view
 * once approved, "Corrigeren" for a new version with a reason), who committed,
 * responses per item, actions, the evaluation, closing with the outcome, and the
 * version history with the difference between versions.
 */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEdit, IconFilePlus, IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceFile } from '../../../shared/api/index';
import type { Permission } from '../../../shared/domain/roles';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { ActionsSection } from './ActionsSection';
import { AdviceView } from './AdviceView';
import { CloseForm, OutcomeView } from './CloseForm';
import { CommitmentSummary } from './CommitmentSummary';
import { AdviceEditor, type MeetingLink } from './editor/AdviceEditor';
import { EvaluationSection } from './EvaluationSection';
import { useAdviceFile } from './queries';
import { ResponsesSection } from './ResponsesSection';
import { VersionHistory } from './VersionHistory';

const CLOSED = ['afgesloten', 'niet_in_behandeling'];

/** How the signed-in user may edit the open concept (or start one): null = read only. */
export function editorMode(file: AdviceFile, can: (p: Permission) => boolean): 'draft' | 'correct' | null {
  if (CLOSED.includes(file.caseStatus)) return null;
  const concept = file.current?.status === 'concept' ? file.current : null;
  if (concept && concept.version > 1 && can('advice.correct')) return 'correct';
  if ((concept || !file.current) && can('advice.draft')) return 'draft';
  return null;
}

/** The advice itself: the editor for a concept, the locked view once approved; also used in the meeting's Advies phase. */
export function AdviceContentPanel({ file, meeting }: { file: AdviceFile; meeting?: MeetingLink }) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const [starting, setStarting] = useState(meeting !== undefined);
  const [correctingFrom, setCorrectingFrom] = useState<number | null>(null);
  const concept = file.current?.status === 'concept' ? file.current : null;
  const mode = editorMode(file, can);
  const open = !CLOSED.includes(file.caseStatus);

  if (concept || (!file.current && starting)) {
    return (
      <Stack gap="md">
        {concept && file.approved && (
          <Alert color="indigo" variant="light">
            {t('view.inForceUntil', { version: file.approved.version })}
          </Alert>
        )}
        {mode ? (
          <AdviceEditor key={`${mode}-${file.approved?.version ?? 0}`} file={file} mode={mode} meeting={meeting} />
        ) : (
          concept && <AdviceView version={concept} />
        )}
      </Stack>
    );
  }
  if (!file.current) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text c="dimmed">{t('view.none')}</Text>
        {mode && (
          <Button leftSection={<IconFilePlus size={18} />} onClick={() => setStarting(true)}>
            {t('view.start')}
          </Button>
        )}
      </Stack>
    );
  }
  const approved = file.approved!;
  if (correctingFrom === approved.version && open && can('advice.correct')) {
    return <AdviceEditor key={`correct-${approved.version}`} file={file} mode="correct" onDone={() => setCorrectingFrom(null)} />;
  }
  return (
    <Stack gap="sm">
      <AdviceView version={approved} />
      {open && can('advice.correct') && (
        <Group justify="flex-end">
          <Button variant="light" leftSection={<IconEdit size={18} />} onClick={() => setCorrectingFrom(approved.version)}>
            {t('correct.open')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function AdvicePanel({ file }: { file: AdviceFile }) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const [closing, setClosing] = useState(false);
  const closable = file.approved !== null && !file.outcome && !CLOSED.includes(file.caseStatus) && can('case.status');
  return (
    <Stack gap="lg">
      {/* The tab's own heading (the tab names it already): its sections are h3, under the case's h1. */}
      <VisuallyHidden component="h2">{t('tab')}</VisuallyHidden>
      {file.approved && <CommitmentSummary file={file} />}
      <AdviceContentPanel file={file} />
      {file.approved && (
        <>
          <ResponsesSection file={file} />
          <ActionsSection file={file} />
          <EvaluationSection file={file} />
        </>
      )}
      {file.outcome && <OutcomeView outcome={file.outcome} />}
      {closable &&
        (closing ? (
          <CloseForm file={file} onDone={() => setClosing(false)} />
        ) : (
          <Group>
            <Button variant="default" color="gray" leftSection={<IconFlag size={18} />} onClick={() => setClosing(true)}>
              {t('close.open')}
            </Button>
          </Group>
        ))}
      <VersionHistory versions={file.versions} />
    </Stack>
  );
}

export function AdviceTab({ caseId }: { caseId: number }) {
  const query = useAdviceFile(caseId);
  return <QueryState query={query}>{(file) => <AdvicePanel file={file} />}</QueryState>;
}
