/** At a glance: which addressed parties committed to the advice and which did not. */
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdviceFile } from '../../../shared/api/index';
import { addressee, COMMITMENT_COLORS, useAdviceLabels } from './labels';

export function CommitmentSummary({ file }: { file: AdviceFile }) {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  if (file.commitments.length === 0) return null;
  const committed = file.commitments.filter((c) => c.commitment === 'toegezegd').length;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="commitments">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz={20}>
          {t('commitment.title')}
        </Title>
        <Text c="dimmed">{t('commitment.count', { committed, total: file.commitments.length })}</Text>
      </Group>
      <Stack gap={6}>
        {file.commitments.map((c) => (
          <Group key={`${c.addresseeKind}:${c.addresseeName}`} gap="sm" data-testid="commitment">
            <Badge color={COMMITMENT_COLORS[c.commitment]} variant={c.commitment === 'open' ? 'outline' : 'filled'} tt="none" w={130}>
              {label('commitment', c.commitment)}
            </Badge>
            <Text fw={600}>{addressee(label, c)}</Text>
            <Text size="sm" c="dimmed">
              {t('commitment.items', { count: c.itemKeys.length })}
            </Text>
            {c.overdue > 0 && (
              <Badge color="red" variant="light" tt="none">
                {t('commitment.overdue', { count: c.overdue })}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
