/** Mantine's PasswordInput with a translated show/hide toggle. */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export function PassphraseInput({ ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation('vault');
  return (
    <PasswordInput
      ref={ref}
      visibilityToggleButtonProps={{ 'aria-label': t('passphrase.toggle') }}
      spellCheck={false}
      {...props}
    />
  );
}
