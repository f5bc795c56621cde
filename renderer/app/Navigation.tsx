/**
 * The main navigation: one link per feature entry the user's roles allow, in the entries' order.
 * Real links (href), so Tab reaches them and Enter follows them.
 */
import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { NavEntry } from './feature';
import { NAV_ENTRIES } from './features';
import { useSession } from './session';

/** Whether `pathname` lies at or below the entry's path. */
export const isActive = (entry: NavEntry, pathname: string): boolean =>
  pathname === entry.path || pathname.startsWith(`${entry.path}/`);

export function Navigation({ entries = NAV_ENTRIES }: { entries?: readonly NavEntry[] }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { pathname } = useLocation();
  return (
    <>
      {entries
        .filter((entry) => entry.permission === null || can(entry.permission))
        .map((entry) => (
          <NavLink
            key={entry.path}
            component={Link}
            to={entry.path}
            label={t(entry.labelKey)}
            leftSection={<entry.icon size={18} aria-hidden />}
            active={isActive(entry, pathname)}
            aria-current={isActive(entry, pathname) ? 'page' : undefined}
          />
        ))}
    </>
  );
}
