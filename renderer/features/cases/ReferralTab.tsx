/**
 * The case file's Aanmelding tab: the referral, and "Bewerken" for those who may
 * edit an open case (a closed case is read-only). A stored draft of the edit
 * form (kept when the vault locked) opens the form, which offers to restore it.
 */
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../shared/api/index';
import { useApi } from '../../api/hooks';
import { useSession } from '../../app/session';
import { useNotifySaved } from './labels';
import { useCaseMutation } from './queries';
import { ReferralForm, toFormValues } from './referral/ReferralForm';
import { ReferralView } from './ReferralView';

export function ReferralTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const notifySaved = useNotifySaved();
  const update = useCaseMutation('cases.updateReferral');
  const draftKey = `referral:case:${file.id}`;
  const drafts = useApi('drafts.list', {}, { staleTime: 60_000 });
  const hasDraft = drafts.data?.some((d) => d.key === draftKey) ?? false;
  const editable = can('case.edit') && file.status !== 'afgesloten';

  if (editable && (editing || hasDraft)) {
    return (
      <ReferralForm
        initialValues={toFormValues(file.referral)}
        submitLabel={t('referral.saveChanges')}
        draftKey={draftKey}
        caseId={file.id}
        onCancel={() => setEditing(false)}
        onSubmit={async (referral) => {
          await update.run({ caseId: file.id, referral });
          notifySaved(t('referral.updated'));
          setEditing(false);
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }
  return (
    <Stack gap="md">
      {editable && (
        <Group justify="flex-end">
          <Button variant="light" size="md" leftSection={<IconEdit size={18} />} onClick={() => setEditing(true)}>
            {t('case.edit')}
          </Button>
        </Group>
      )}
      <ReferralView file={file} />
    </Stack>
  );
}
