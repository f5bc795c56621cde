/** The help dialog (`?` or the header's help button): the shortcuts this user can use. */
import { Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../shared/domain/roles';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsHelp({
  opened,
  onClose,
  can,
}: {
  opened: boolean;
  onClose(): void;
  can(permission: Permission): boolean;
}) {
  const { t } = useTranslation();
  const visible = SHORTCUTS.filter((s) => s.permission === null || can(s.permission));
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="md">
      <Text size="sm" mb="sm">
        {t('shortcuts.intro')}
      </Text>
      <Table data-testid="shortcuts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shortcuts.keys')}</Table.Th>
            <Table.Th scope="col">{t('shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.keys.map((k, i) => (
                  <Fragment key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </Fragment>
                ))}
              </Table.Td>
              <Table.Td>{t(`shortcuts.${s.id}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
