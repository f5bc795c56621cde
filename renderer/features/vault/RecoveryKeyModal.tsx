/**
 * Shows a recovery key exactly once: after creating the vault, and after a
 * recovery (which replaces the key). It cannot be dismissed by Esc or a click
 * outside; only "Ik heb de herstelsleutel bewaard" closes it.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Box, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../app/download';
import classes from './RecoveryKeyModal.module.css';

export const RECOVERY_KEY_FILE = 'adviestafel-herstelsleutel.txt';

export interface RecoveryKeyModalProps {
  opened: boolean;
  recoveryKey: string;
  teamName: string;
  /** 'new': shown after a recovery, the old key no longer works. */
  variant: 'created' | 'new';
  onDone(): void;
}

export function RecoveryKeyModal({ opened, recoveryKey, teamName, variant, onDone }: RecoveryKeyModalProps) {
  const { t } = useTranslation('vault');
  const [printed, setPrinted] = useState(false);
  const [saved, setSaved] = useState(false);

  const print = () => {
    window.print();
    setPrinted(true);
  };

  const save = () => {
    // Only the key and the team name: no user names, nothing about any case.
    const text = [t('key.fileTitle'), `${t('key.fileTeam')}: ${teamName}`, '', recoveryKey, ''].join('\r\n');
    saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), RECOVERY_KEY_FILE);
    setSaved(true);
  };

  return (
    <>
      <Modal
        opened={opened}
        onClose={() => undefined}
        closeOnEscape={false}
        closeOnClickOutside={false}
        withCloseButton={false}
        centered
        size={680}
        radius="lg"
        padding="xl"
        title={
          <Text fw={650} size="lg">
            {variant === 'new' ? t('key.titleNew') : t('key.title')}
          </Text>
        }
        overlayProps={{ backgroundOpacity: 0.55, blur: 3 }}
      >
        <Stack gap="md">
          <Text size="sm">
            {variant === 'new' ? t('key.introNew', { team: teamName }) : t('key.intro', { team: teamName })}
          </Text>

          <Paper withBorder radius="md" p="lg" bg="gray.0">
            <Text size="xs" c="dimmed" ta="center" tt="uppercase" fw={600} mb={6} id="recovery-key-label">
              {t('key.label')}
            </Text>
            <Box className={classes.key} data-testid="recovery-key" aria-labelledby="recovery-key-label">
              {recoveryKey}
            </Box>
          </Paper>

          <List size="sm" spacing={6}>
            <List.Item>{t('key.once')}</List.Item>
            <List.Item>{t('key.paper')}</List.Item>
            <List.Item>{t('key.need')}</List.Item>
          </List>

          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} p="sm">
            <Text size="sm">{t('key.secret')}</Text>
          </Alert>

          <Group grow gap="sm" mt="xs">
            <Button
              variant="default"
              leftSection={printed ? <IconCheck size={16} /> : <IconPrinter size={16} />}
              onClick={print}
            >
              {t('key.print')}
            </Button>
            <Button
              variant="default"
              leftSection={saved ? <IconCheck size={16} /> : <IconDownload size={16} />}
              onClick={save}
            >
              {t('key.save')}
            </Button>
          </Group>
          <Button size="md" fullWidth leftSection={<IconCheck size={18} />} onClick={onDone}>
            {t('key.done')}
          </Button>
        </Stack>
      </Modal>

      {opened &&
        createPortal(
          <div className={classes.printOnly} data-testid="recovery-key-print" aria-hidden="true">
            <p className={classes.printTitle}>{t('key.fileTitle')}</p>
            <p className={classes.printTeam}>
              {t('key.fileTeam')}: {teamName}
            </p>
            <div className={classes.printKey}>{recoveryKey}</div>
            <p className={classes.printNote}>{t('key.printNote')}</p>
          </div>,
          document.body,
        )}
    </>
  );
}
