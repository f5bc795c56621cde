/** Role names, descriptions and badges, as the settings screens show them. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/domain/roles';

export const ROLE_COLORS: Record<Role, string> = {
  voorzitter: 'teal',
  screener: 'blue',
  notulist: 'grape',
  teamlid: 'gray',
  beheerder: 'orange',
};

/** Roles in the canonical order, whatever order they were stored in. */
export const sortRoles = (roles: readonly Role[]): Role[] => ROLES.filter((r) => roles.includes(r));

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation('settings');
  return (
    <Group gap={4}>
      {sortRoles(roles).map((r) => (
        <Badge key={r} color={ROLE_COLORS[r]} variant="light" radius="sm" tt="none">
          {t(`role.${r}`)}
        </Badge>
      ))}
    </Group>
  );
}
