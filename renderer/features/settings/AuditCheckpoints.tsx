/** Under the chain check in the audit tab: the signed checkpoints and what does not match them. */
import { List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../shared/api/index';
import { checkpointLines } from './auditCheckpoints';
import { useUsers } from './queries';

export function AuditCheckpoints({ result, when }: { result: AuditVerification; when(iso: string): string }) {
  const { t } = useTranslation('settings');
  const users = useUsers();
  const name = (id: number) => users.data?.find((u) => u.id === id)?.name ?? t('audit.cp.userId', { id });
  return (
    <List spacing={4} size="sm" center data-testid="audit-checkpoints" aria-label={t('audit.cp.title')}>
      {checkpointLines(result, name, when).map((line, i) => (
        <List.Item
          key={i}
          icon={
            <ThemeIcon size={18} radius="xl" variant="light" color={line.problem ? 'red' : 'teal'}>
              {line.problem ? <IconAlertTriangle size={12} /> : <IconCircleCheck size={12} />}
            </ThemeIcon>
          }
        >
          <Text size="sm" span>
            {t(line.key, line.params)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
