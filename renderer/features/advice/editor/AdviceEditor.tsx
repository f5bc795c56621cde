/**
 * The advice editor (notulist drafts; also the voorzitter's correction): question
 * summary, analysis, items, what the team did, procesregisseur, weight and basis.
 * Field-level messages from the contract's schema; a failed save keeps every value typed.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceFile } from '../../../../shared/api/index';
import { ADVICE_WEIGHTS, DIRECTOR_KINDS, TEAM_ACTIVITIES } from '../../../../shared/domain/advice';
import { applyServerErrors, errorText } from '../../../app/forms';
import { DraftOffer, useFormGuard } from '../../../app/useFormGuard';
import { useSession } from '../../../app/session';
import { useNotifySaved } from '../../cases/labels';
import { ApproveDialog } from '../ApproveDialog';
import { useAdviceLabels } from '../labels';
import { useAdviceCommand, useAdviceTeam } from '../queries';
import { ItemsEditor } from './ItemsEditor';
import { editorValidator, initialValues, toContent, type EditorValues } from './model';

export interface MeetingLink {
  meetingId: number;
  agendaItemId: number;
}

export function AdviceEditor({
  file,
  mode,
  meeting,
  onDone,
}: {
  file: AdviceFile;
  mode: 'draft' | 'correct';
  meeting?: MeetingLink;
  /** After a correction was saved or given up (the case file goes back to the view). */
  onDone?: () => void;
}) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const { options } = useAdviceLabels();
  const notifySaved = useNotifySaved();
  const team = useAdviceTeam();
  const saveDraft = useAdviceCommand('advice.saveDraft');
  const correct = useAdviceCommand('advice.correct');
  const [failure, setFailure] = useState<unknown>(null);
  const [approving, setApproving] = useState<number | null>(null);
  const validate = useMemo(() => editorValidator(t, mode), [t, mode]);
  const form = useForm<EditorValues>({ initialValues: initialValues(file, mode), validate, validateInputOnBlur: true });
  const v = form.values;
  const concept = file.current?.status === 'concept' ? file.current : null;

  /** Save; returns the saved version number, or null when it failed (the form keeps its values). */
  const save = async (values: EditorValues): Promise<number | null> => {
    setFailure(null);
    try {
      const content = toContent(values);
      const result =
        mode === 'correct'
          ? await correct.run({ caseId: file.caseId, reason: values.reason, content })
          : await saveDraft.run({
              caseId: file.caseId,
              meetingId: meeting?.meetingId ?? null,
              agendaItemId: meeting?.agendaItemId ?? null,
              baseVersion: concept?.version ?? null,
              content,
            });
      const saved = result.current!;
      // New items now have their stable keys: keep them, so the next save continues the same items.
      saved.items.forEach((item, i) => {
        if (form.getValues().items[i]) form.setFieldValue(`items.${i}.key`, item.key);
      });
      form.resetDirty();
      notifySaved(t('editor.saved', { version: saved.version }));
      return saved.version;
    } catch (err) {
      if (!applyServerErrors(form, err, t, 'content.')) setFailure(err);
      return null;
    }
  };

  // Leaving or locking with changes asks first; a lock keeps them as an encrypted draft (app/useFormGuard.tsx).
  const guard = useFormGuard(form, {
    draftKey: `advice:${mode}:case:${file.caseId}`,
    caseId: file.caseId,
    onSave: async () => !form.validate().hasErrors && (await save(form.getValues())) !== null,
  });

  const submit = form.onSubmit(async (values) => {
    if ((await save(values)) !== null) await guard.discardDraft();
  });

  const approve = () => {
    const result = form.validate();
    if (result.hasErrors) return;
    void (async () => {
      const version = form.isDirty() || !concept ? await save(form.getValues()) : concept.version;
      if (version !== null) setApproving(version);
    })();
  };

  const members = (team.data ?? []).map((m) => ({ value: String(m.id), label: m.name }));
  const busy = saveDraft.isPending || correct.isPending;
  const title = mode === 'correct' ? t('editor.correctTitle') : concept ? t('editor.conceptTitle', { version: concept.version }) : t('editor.newTitle');

  return (
    <>
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="advice-editor-title">
        <Title order={3} fz={20} mb="md" id="advice-editor-title">
          {title}
        </Title>
        <Stack gap="md">
          <DraftOffer guard={guard} />
          {mode === 'correct' && (
            <Textarea size="md" label={t('editor.reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
          )}
          <TextInput
            size="md"
            label={t('editor.adviceDate')}
            withAsterisk
            placeholder={t('datePlaceholder')}
            maw={220}
            {...form.getInputProps('adviceDate')}
          />
          <Textarea size="md" label={t('editor.questionSummary')} autosize minRows={2} maxRows={12} {...form.getInputProps('questionSummary')} />
          <Textarea size="md" label={t('editor.analysis')} autosize minRows={3} maxRows={16} {...form.getInputProps('analysis')} />
          <ItemsEditor form={form} />
          <Checkbox.Group label={t('editor.teamActivities')} size="md" {...form.getInputProps('teamActivities')}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mt="xs">
              {TEAM_ACTIVITIES.map((a) => (
                <Checkbox key={a} value={a} label={t(`activity.${a}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Radio.Group
            size="md"
            label={t('editor.director')}
            value={v.director.kind}
            onChange={(kind) => {
              form.setFieldValue('director.kind', kind as EditorValues['director']['kind']);
              form.clearFieldError('director.userId');
              form.clearFieldError('director.name');
            }}
          >
            <Group mt="xs" gap="lg">
              <Radio value="" label={t('director.none')} />
              {DIRECTOR_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`director.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          {v.director.kind === 'teamlid' && (
            <Select
              size="md"
              maw={400}
              label={t('editor.directorMember')}
              withAsterisk
              data={members}
              searchable
              value={v.director.userId}
              onChange={(id) => {
                form.setFieldValue('director.userId', id);
                form.clearFieldError('director.userId');
              }}
              error={form.errors['director.userId']}
            />
          )}
          {(v.director.kind === 'verwijzer' || v.director.kind === 'andere_professional') && (
            <TextInput size="md" maw={400} label={t('editor.directorName')} withAsterisk {...form.getInputProps('director.name')} />
          )}
          <Radio.Group size="md" label={t('editor.weight')} {...form.getInputProps('weight')}>
            <Group mt="xs" gap="lg">
              {options('weight', ADVICE_WEIGHTS).map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Textarea
              size="md"
              label={t('editor.weightBasis')}
              description={t('editor.weightBasisHint')}
              autosize
              minRows={1}
              style={{ gridColumn: 'span 3' }}
              {...form.getInputProps('weightBasis')}
            />
            <TextInput size="md" label={t('editor.weightBasisDate')} placeholder={t('datePlaceholder')} {...form.getInputProps('weightBasisDate')} />
          </SimpleGrid>
          {failure !== null && (
            <Alert color="red" role="alert" title={t('common:error.title')}>
              {errorText(t, failure)}
            </Alert>
          )}
          {Object.keys(form.errors).length > 0 && (
            <Text c="red.8" size="sm" role="status">
              {t('editor.fixFields')}
            </Text>
          )}
          <Group justify="flex-end">
            {onDone && (
              <Button variant="default" size="md" onClick={onDone}>
                {t('common:cancel')}
              </Button>
            )}
            <Button type="submit" size="md" variant={can('advice.approve') ? 'light' : 'filled'} leftSection={<IconDeviceFloppy size={18} />} loading={busy}>
              {mode === 'correct' ? t('editor.saveCorrection') : t('editor.save')}
            </Button>
            {can('advice.approve') && (
              <Button size="md" leftSection={<IconGavel size={18} />} onClick={approve} disabled={busy}>
                {t('approve.open')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {/* Outside the editor's form: a submit in the dialog must not bubble into the editor's submit. */}
      {approving !== null && (
        <ApproveDialog
          caseId={file.caseId}
          version={approving}
          onClose={() => setApproving(null)}
          onApproved={() => {
            setApproving(null);
            onDone?.();
          }}
        />
      )}
    </>
  );
}
