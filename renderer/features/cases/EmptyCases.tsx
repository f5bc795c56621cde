/** What an empty case list offers to do next (a new vault): add team members, register a referral. */
import { Button, Group } from '@mantine/core';
import { IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';

export function EmptyCasesActions() {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  if (!can('users.manage') && !can('case.create')) return null;
  return (
    <Group gap="sm" mt="md" justify="center">
      {can('users.manage') && (
        <Button component={Link} to="/settings/users" variant="default" leftSection={<IconUsersPlus size={18} />}>
          {t('list.emptyAddMembers')}
        </Button>
      )}
      {can('case.create') && (
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={18} />}>
          {t('list.new')}
        </Button>
      )}
    </Group>
  );
}
