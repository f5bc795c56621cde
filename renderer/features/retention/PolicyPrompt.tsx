/**
 * The persistent prompt for the beheerder while no retention policy is set: nothing is listed or
 * erased before the team has decided its periods. Not dismissable; it goes once the policy is saved.
 */
import { Anchor } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { ShellNotice } from '../../app/ShellNotice';
import { usePolicy } from './queries';

export function PolicyPrompt() {
  const { can } = useSession();
  if (!can('settings.manage')) return null;
  return <Prompt />;
}

function Prompt() {
  const { t } = useTranslation('retention');
  const policy = usePolicy();
  if (!policy.data || policy.data.policy) return null;
  return (
    <ShellNotice icon={<IconHourglassHigh size={18} />} testId="retention-prompt" title={t('prompt.title')}>
      {t('prompt.text')}{' '}
      <Anchor component={Link} to="/retention-policy" size="sm" c="inherit" fw={600} underline="always">
        {t('prompt.link')}
      </Anchor>
    </ShellNotice>
  );
}
