/** /cases/new: register a referral, then open the new case file. */
import { useState } from 'react';
import { Anchor, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { useNotifySaved } from './labels';
import { useCreateCase } from './queries';
import { ReferralForm, newReferralValues } from './referral/ReferralForm';

export function NewReferral() {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const navigate = useNavigate();
  const notifySaved = useNotifySaved();
  const create = useCreateCase();
  const [initialValues] = useState(newReferralValues);

  if (!can('case.create')) return <Navigate to="/cases" replace />;

  return (
    <Stack gap="md" maw={1400}>
      <Anchor component={Link} to="/cases" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('back')}
      </Anchor>
      <Title order={1} fz={30}>
        {t('referral.newTitle')}
      </Title>
      <ReferralForm
        initialValues={initialValues}
        submitLabel={t('referral.save')}
        draftKey="referral:new"
        onSubmit={async (referral) => {
          const created = await create.mutateAsync({ referral });
          notifySaved(t('referral.created', { code: created.code }), t('common:saved'));
          navigate(`/cases/${created.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
