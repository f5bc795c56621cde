/** The main navigation: one link per feature entry the user's roles allow, in the entries' order. */
import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { NavEntry } from './feature';
import { NAV_ENTRIES } from './features';
import { useSession } from './session';

/** Whether `pathname` lies at or below the entry's path. */
export const isActive = (entry: NavEntry, pathname: string): boolean =>
  pathname === entry.path || pathname.startsWith(`${entry.path}/`);

export function Navigation({ entries = NAV_ENTRIES }: { entries?: readonly NavEntry[] }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <>
      {entries
        .filter((entry) => entry.permission === null || can(entry.permission))
        .map((entry) => (
          <NavLink
            key={entry.path}
            label={t(entry.labelKey)}
            leftSection={<entry.icon size={18} />}
            active={isActive(entry, pathname)}
            onClick={() => navigate(entry.path)}
          />
        ))}
    </>
  );
}
