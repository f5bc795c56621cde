/**
 * The written summary the voorzitter adds to the report of a period (and municipality); it goes
 * into the PDF. Guarded like every form: leaving it changed asks first, a lock keeps it as an
 * encrypted draft that is offered again here. Others read it.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SummaryInput, type ReportSummary } from '../../../shared/api/index';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useSession } from '../../app/session';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
import { useNotifySaved } from '../cases/labels';
import { summaryDraftKey } from './period';
import { useSaveSummary, type ReportScope } from './queries';

const TITLE_ID = 'report-summary-title';

export function SummarySection({ scope, summary }: { scope: ReportScope; summary: ReportSummary }) {
  const { t } = useTranslation('reports');
  const { can } = useSession();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={TITLE_ID}>
      <Title order={2} fz={20} id={TITLE_ID} mb={4}>
        {t('section.summary')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('summary.intro')}
      </Text>
      {can('report.edit') ? (
        // A new period is a new form (its own draft key); the old one asked before the period changed.
        <SummaryForm key={`${scope.from}|${scope.to}|${scope.municipality}`} scope={scope} summary={summary} />
      ) : summary.text ? (
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="summary-text">
          {summary.text}
        </Text>
      ) : (
        <Text c="dimmed">{t('summary.none')}</Text>
      )}
      {summary.updatedAt && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('summary.updated', { name: summary.updatedBy, date: dayjs(summary.updatedAt).format('DD-MM-YYYY HH:mm') })}
        </Text>
      )}
    </Paper>
  );
}

function SummaryForm({ scope, summary }: { scope: ReportScope; summary: ReportSummary }) {
  const { t } = useTranslation('reports');
  const saveSummary = useSaveSummary();
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const validate = useMemo(() => schemaValidator<{ text: string }>(SummaryInput, t, (v) => ({ ...scope, text: v.text })), [t, scope]);
  const form = useForm<{ text: string }>({ initialValues: { text: summary.text }, validate });

  const save = async (values: { text: string }): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => saveSummary.run({ ...scope, text: values.text }));
      notifySaved(t('summary.saved'));
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  const guard = useFormGuard(form, {
    draftKey: summaryDraftKey(scope),
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void save(v))} aria-labelledby={TITLE_ID}>
      <Stack gap="sm">
        <DraftOffer guard={guard} />
        <Textarea label={t('summary.label')} autosize minRows={5} maxRows={20} {...form.getInputProps('text')} />
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saveSummary.isPending}>
            {t('summary.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
