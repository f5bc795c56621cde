/** Screening: internal notes (never for the family), the history, and the screening form. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEyeOff, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ScreeningInput } from '../../../shared/api/index';
import type { CaseFile, Screening } from '../../../shared/api/index';
import { ROUTED_TO, SCREENING_OUTCOMES } from '../../../shared/domain/taxonomies';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
import { useSession } from '../../app/session';
import { useCaseMutation } from './queries';
import { SaveFailure } from './ConsentRequired';
import { formatDate, useEnumLabels, useNotifySaved } from './labels';

const OUTCOME_COLORS: Record<Screening['outcome'], string> = {
  geschikt: 'teal',
  niet_geschikt: 'red',
  meer_informatie: 'yellow',
};

export function InternalBanner() {
  const { t } = useTranslation('cases');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconEyeOff size={28} />}
      radius="md"
      data-testid="internal-banner"
      styles={{ root: { borderLeft: '6px solid var(--mantine-color-red-7)' } }}
    >
      <Text fw={800} size="xl" c="red.8" lts={1}>
        {t('screening.internal')}
      </Text>
      <Text size="md">{t('screening.internalHint')}</Text>
    </Alert>
  );
}

export function ScreeningTab({ file, onGoToConsent }: { file: CaseFile; onGoToConsent(): void }) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const open = file.status === 'aangemeld' || file.status === 'in_screening';
  return (
    <Stack gap="lg">
      <InternalBanner />
      <ScreeningHistory screenings={file.screenings} />
      {can('screening.write') ? (
        open ? (
          <ScreeningForm file={file} onGoToConsent={onGoToConsent} />
        ) : (
          <Alert variant="light" color="gray" icon={<IconInfoCircle />}>
            {t('screening.closed')}
          </Alert>
        )
      ) : (
        <Text c="dimmed">{t('screening.readOnly')}</Text>
      )}
    </Stack>
  );
}

function ScreeningHistory({ screenings }: { screenings: Screening[] }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} fz={20} mb="sm">
        {t('screening.history')}
      </Title>
      {screenings.length === 0 ? (
        <Text c="dimmed">{t('screening.none')}</Text>
      ) : (
        <Stack gap="md">
          {screenings.map((s) => (
            <Paper key={s.id} withBorder p="md" radius="md" bg="gray.0" data-testid="screening-item">
              <Group justify="space-between" mb={6}>
                <Badge size="lg" color={OUTCOME_COLORS[s.outcome]} variant="light" tt="none">
                  {label('outcome', s.outcome)}
                </Badge>
                <Text c="dimmed" size="sm">
                  {t('screening.by', { name: s.screenedBy, date: formatDate(s.screenedAt, true) })}
                </Text>
              </Group>
              <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
                {s.reasons}
              </Text>
              {s.requestedInfo && (
                <Box mt="xs">
                  <Text size="sm" fw={600} c="dimmed">
                    {t('screening.requestedInfo')}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{s.requestedInfo}</Text>
                </Box>
              )}
              {s.routedTo && (
                <Box mt="xs">
                  <Text size="sm" fw={600} c="dimmed">
                    {t('screening.routedTo')}
                  </Text>
                  <Text>
                    {label('routedTo', s.routedTo)}
                    {s.routedNote ? ` — ${s.routedNote}` : ''}
                  </Text>
                </Box>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

interface ScreeningValues {
  outcome: Screening['outcome'] | '';
  reasons: string;
  requestedInfo: string;
  routedTo: Screening['routedTo'];
  routedNote: string;
}

const blank: ScreeningValues = { outcome: '', reasons: '', requestedInfo: '', routedTo: '', routedNote: '' };

function ScreeningForm({ file, onGoToConsent }: { file: CaseFile; onGoToConsent(): void }) {
  const { t } = useTranslation('cases');
  const { label, options } = useEnumLabels();
  const record = useCaseMutation('screening.record');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const caseId = file.id;
  const prepare = (v: ScreeningValues) => ({ ...v, caseId });
  const validate = useMemo(() => schemaValidator<ScreeningValues>(ScreeningInput, t, (v) => ({ ...v, caseId })), [t, caseId]);
  const form = useForm<ScreeningValues>({ initialValues: blank, validate, validateInputOnBlur: true });
  const outcome = form.values.outcome;

  const save = async (values: ScreeningValues): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(async () => {
        const input = prepare(values) as Parameters<typeof record.run>[0];
        await record.run(input);
        notifySaved(t('screening.saved', { outcome: label('outcome', values.outcome) }));
        form.setValues(blank);
        form.resetDirty(blank);
      });
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // Leaving or locking with changes asks first; a lock keeps them as a draft (internal notes: encrypted in the vault).
  const guard = useFormGuard(form, {
    draftKey: `screening:case:${caseId}`,
    caseId,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });
  const submit = form.onSubmit((values) => void save(values));

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="screening-form-title">
      <Title order={2} fz={20} mb="md" id="screening-form-title">
        {t('screening.formTitle')}
      </Title>
      <Stack gap="md">
        <DraftOffer guard={guard} />
        <Radio.Group size="md"
          label={t('screening.outcome')}
          withAsterisk
          value={outcome}
          onChange={(value) => {
            form.setFieldValue('outcome', value as ScreeningValues['outcome']);
            form.clearFieldError('outcome');
            setFailure(null);
          }}
          error={form.errors.outcome}
        >
          <Group mt="xs" gap="xl">
            {SCREENING_OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={label('outcome', o)} size="md" color={OUTCOME_COLORS[o]} />
            ))}
          </Group>
        </Radio.Group>
        {outcome === 'geschikt' && (
          <Text size="sm" c="dimmed">
            {t('screening.geschiktEffect')}
          </Text>
        )}
        {outcome === 'niet_geschikt' && (
          <Text size="sm" c="dimmed">
            {t('screening.nietGeschiktEffect')}
          </Text>
        )}
        <Textarea size="md"
          label={t('screening.reasons')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('reasons')}
        />
        {(outcome === 'meer_informatie' || form.values.requestedInfo !== '') && (
          <Textarea size="md"
            label={t('screening.requestedInfo')}
            withAsterisk={outcome === 'meer_informatie'}
            autosize
            minRows={2}
            {...form.getInputProps('requestedInfo')}
          />
        )}
        {(outcome === 'niet_geschikt' || form.values.routedTo !== '') && (
          <Group grow align="flex-start">
            <Select size="md"
              label={t('screening.routedTo')}
              withAsterisk={outcome === 'niet_geschikt'}
              data={options('routedTo', ROUTED_TO)}
              clearable
              value={form.values.routedTo || null}
              onChange={(value) => form.setFieldValue('routedTo', (value ?? '') as ScreeningValues['routedTo'])}
              onBlur={() => form.validateField('routedTo')}
              error={form.errors.routedTo}
            />
            <TextInput size="md" label={t('screening.routedNote')} {...form.getInputProps('routedNote')} />
          </Group>
        )}
        <SaveFailure failure={failure} onGoToConsent={() => void guard.keepAsDraft().finally(onGoToConsent)} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={record.isPending}>
            {t('screening.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
