/**
 * Bewaartermijnen (beheerder): the three retention periods, set once at first use. There is no
 * silent default: the form starts empty and explains that the team's own privacy protocol decides,
 * and that the Jeugdwet's 20 years applies to the files of youth-care providers. A failed save
 * keeps everything typed and shows the message at the field.
 */
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PERIOD_UNITS,
  RETENTION_CATEGORIES,
  type PeriodUnit,
  type RetentionCategory,
} from '../../../shared/api/index';
import { useForm } from '@mantine/form';
import { applyServerErrors, errorText } from '../../app/forms';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
import { formatDateTime } from './format';
import { usePolicy, useSetPolicy } from './queries';

type Row = { amount: number | ''; unit: PeriodUnit | null };
type Values = Record<RetentionCategory, Row>;
const EMPTY: Values = {
  closed: { amount: '', unit: null },
  notTakenOn: { amount: '', unit: null },
  withoutConsent: { amount: '', unit: null },
};

export function PolicyPage() {
  const { t } = useTranslation('retention');
  const policy = usePolicy();
  const save = useSetPolicy();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState('');
  const filled = useRef(false);
  const current = policy.data?.policy ?? null;
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: (v) => {
      const out: Record<string, string> = {};
      for (const cat of RETENTION_CATEGORIES) {
        if (v[cat].amount === '') out[`${cat}.amount`] = t('msg:v.required');
        if (!v[cat].unit) out[`${cat}.unit`] = t('msg:v.required');
      }
      return out;
    },
  });

  const store = async (values: Values): Promise<boolean> => {
    try {
      await guard.saving(() => save.mutateAsync(values as never));
      setFormError('');
      setSaved(true);
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFormError(errorText(t, err));
      return false;
    }
  };
  const guard = useFormGuard(form, {
    draftKey: 'retention:policy',
    onSave: async () => !form.validate().hasErrors && store(form.getValues()),
  });

  useEffect(() => {
    if (current && !filled.current && !form.isDirty()) {
      filled.current = true;
      const v = { closed: { ...current.closed }, notTakenOn: { ...current.notTakenOn }, withoutConsent: { ...current.withoutConsent } };
      form.setValues(v);
      form.resetDirty(v);
    }
  }, [current, form]);

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t('policy.title')}</Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title={t('policy.whoDecides')}>
        <Stack gap={6}>
          <Text size="sm">{t('policy.protocol')}</Text>
          <Text size="sm">{t('policy.jeugdwet')}</Text>
          <Text size="sm">{t('policy.noDefault')}</Text>
        </Stack>
      </Alert>
      {current ? (
        <Text c="dimmed" data-testid="policy-set-by">
          {t('policy.setBy', { name: current.setBy, at: formatDateTime(current.setAt) })}
        </Text>
      ) : (
        <Alert color="orange" variant="light" data-testid="policy-not-set">
          {t('policy.notSet')}
        </Alert>
      )}
      <DraftOffer guard={guard} />
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={form.onSubmit((v) => void store(v))}>
        <Stack gap="lg">
          {RETENTION_CATEGORIES.map((cat) => (
            <Stack key={cat} gap={4}>
              <Text fw={600} id={`retention-${cat}`}>
                {t(`category.${cat}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`policy.explain.${cat}`)}
              </Text>
              <Group align="flex-start" gap="sm">
                <NumberInput
                  label={t('policy.amount')}
                  aria-describedby={`retention-${cat}`}
                  min={1}
                  max={360}
                  allowDecimal={false}
                  w={140}
                  {...form.getInputProps(`${cat}.amount`)}
                  data-testid={`policy-${cat}-amount`}
                />
                <Select
                  label={t('policy.unit')}
                  w={160}
                  data={PERIOD_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
                  {...form.getInputProps(`${cat}.unit`)}
                  allowDeselect={false}
                  data-testid={`policy-${cat}-unit`}
                />
              </Group>
            </Stack>
          ))}
          {formError && <Alert color="red">{formError}</Alert>}
          {saved && !form.isDirty() && (
            <Alert color="green" role="status">
              {t('policy.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="policy-save">
              {t('policy.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
