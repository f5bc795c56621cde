/** The prominent CONSENT_REQUIRED message, with a way straight to the Toestemming tab. */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useEnumLabels, useErrorText } from './labels';

export function isConsentRequired(err: unknown): err is ApiError {
  return err instanceof ApiError && err.code === 'CONSENT_REQUIRED';
}

/**
 * Why saving failed: the CONSENT_REQUIRED message when that is the reason and the form
 * can lead to the Toestemming tab, otherwise the plain red alert. Nothing without a failure.
 */
export function SaveFailure({ failure, onGoToConsent }: { failure: unknown; onGoToConsent?(): void }) {
  const errorMessage = useErrorText();
  if (failure === null) return null;
  if (onGoToConsent && isConsentRequired(failure)) {
    return <ConsentRequiredAlert error={failure} onGoToConsent={onGoToConsent} />;
  }
  return (
    <Alert color="red" role="alert">
      {errorMessage(failure)}
    </Alert>
  );
}

export function ConsentRequiredAlert({ error, onGoToConsent }: { error: ApiError; onGoToConsent(): void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const missing = Array.isArray(error.params.missing) ? (error.params.missing as string[]) : [];
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconLock size={24} />}
      title={t('screening.consentTitle')}
      role="alert"
      data-testid="consent-required"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="md">{t('msg:e.CONSENT_REQUIRED')}</Text>
        {missing.length > 0 && (
          <Text size="md" fw={700}>
            {t('consent.missing', { who: missing.map((m) => label('subject', m)).join(', ') })}
          </Text>
        )}
        <Button variant="white" color="red" rightSection={<IconArrowRight size={18} />} onClick={onGoToConsent}>
          {t('screening.goToConsent')}
        </Button>
      </Stack>
    </Alert>
  );
}
