/** Before a PDF leaves the vault: the user is told it will be a plain, unencrypted file. */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function SaveDialog(props: { opened: boolean; fileName: string; onSave(): void; onClose(): void }) {
  const { t } = useTranslation('letters');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('save.title')} centered>
      <Stack>
        <Alert color="orange" title={t('save.plainTitle')}>
          {t('save.plain')}
        </Alert>
        <Text size="sm">{t('save.fileName', { name: props.fileName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('cancel')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} />}
            onClick={() => {
              props.onSave();
              props.onClose();
            }}
          >
            {t('save.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
