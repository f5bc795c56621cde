/**
 * Settings, routed at /settings/<tab>. Only the tabs the user's roles allow are
 * shown; the backend checks every call again.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { IconCategory, IconDatabaseExport, IconListDetails, IconShieldCheck, IconUser, IconUsers } from '@tabler/icons-react';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { Permission } from '../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { AccountTab } from './AccountTab';
import { AuditTab } from './AuditTab';
import { BackupsTab } from '../backups/BackupsTab';
import { ImportTab } from './ImportTab';
import { ProblemAreasTab } from './ProblemAreasTab';
import { SecurityTab } from './SecurityTab';
import { UsersTab } from './UsersTab';

interface TabDef {
  value: string;
  permission: Permission | null;
  icon: typeof IconUser;
  element: () => React.ReactNode;
}

const TABS: TabDef[] = [
  { value: 'account', permission: null, icon: IconUser, element: () => <AccountTab /> },
  { value: 'users', permission: 'users.manage', icon: IconUsers, element: () => <UsersTab /> },
  { value: 'security', permission: 'settings.manage', icon: IconShieldCheck, element: () => <SecurityTab /> },
  { value: 'backups', permission: 'settings.manage', icon: IconDatabaseExport, element: () => <BackupsTab /> },
  { value: 'problem-areas', permission: 'taxonomy.manage', icon: IconCategory, element: () => <ProblemAreasTab /> },
  { value: 'audit', permission: 'audit.read', icon: IconListDetails, element: () => <AuditTab /> },
  { value: 'import', permission: 'import.run', icon: IconFileImport, element: () => <ImportTab /> },
];

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { can } = useSession();
  const navigate = useNavigate();
  const segment = (useParams()['*'] ?? '').split('/')[0] ?? '';

  const tabs = TABS.filter((tab) => tab.permission === null || can(tab.permission));
  const current = tabs.find((tab) => tab.value === segment);
  if (!current) return <Navigate to="/settings/account" replace />;

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1} fz="h2">{t('title')}</Title>
      <Tabs
        value={current.value}
        onChange={(v) => v && navigate(`/settings/${v}`)}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} leftSection={<tab.icon size={16} />}>
              {t(`tab.${tab.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
            {tab.value === current.value && tab.element()}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
