/** The advice's versions, newest first, with a readable difference from each version to the one before. */
import { useState } from 'react';
import { Accordion, Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdviceVersion } from '../../../shared/api/index';
import { diffAdviceVersions, wordDiff, type AdviceChange } from '../../../shared/domain/advice-diff';
import { showDate, useAdviceLabels, VersionBadge, type AdviceEnum } from './labels';

const CODED: Record<string, AdviceEnum> = {
  weight: 'weight',
  category: 'category',
  financingRoute: 'financing',
  addresseeKind: 'addressee',
};

function Words({ before, after }: { before: string; after: string }) {
  return (
    <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
      {wordDiff(before, after).map((p, i) =>
        p.op === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'added' ? (
          <ins key={i} style={{ background: 'var(--mantine-color-teal-1)', textDecoration: 'none', padding: '0 2px', marginLeft: 2 }}>
            {p.text}
          </ins>
        ) : (
          <del key={i} style={{ background: 'var(--mantine-color-red-1)', padding: '0 2px' }}>
            {p.text}
          </del>
        ),
      )}
    </Text>
  );
}

function ChangeLine({ change, older, newer }: { change: AdviceChange; older: AdviceVersion; newer: AdviceVersion }) {
  const { t } = useTranslation('advice');
  const { label, itemTitle } = useAdviceLabels();
  const value = (field: string, v: string) => {
    if (field === 'adviceDate' || field === 'deadline' || field === 'weightBasisDate') return showDate(v);
    const group = CODED[field];
    return group && v ? label(group, v) : v;
  };
  const item = (key: number) => newer.items.find((i) => i.key === key) ?? older.items.find((i) => i.key === key);
  switch (change.kind) {
    case 'item_added':
      return (
        <Text>
          <Badge color="teal" variant="light" tt="none" mr={6}>
            {t('diff.added')}
          </Badge>
          {itemTitle(item(change.itemKey)!)}: {change.after.text}
        </Text>
      );
    case 'item_removed':
      return (
        <Text>
          <Badge color="red" variant="light" tt="none" mr={6}>
            {t('diff.removed')}
          </Badge>
          {label('category', change.before.category)}: <del>{change.before.text}</del>
        </Text>
      );
    case 'item_changed':
    case 'field': {
      const where =
        change.kind === 'field' ? t(`diff.field.${change.field}`) : `${itemTitle(item(change.itemKey)!)} · ${t(`diff.item.${change.field}`)}`;
      const prose = change.kind === 'item_changed' ? change.field === 'text' : ['questionSummary', 'analysis', 'weightBasis'].includes(change.field);
      return (
        <Box>
          <Text fw={600} size="sm">
            {where}
          </Text>
          {prose ? (
            <Words before={change.before} after={change.after} />
          ) : (
            <Text>
              <del>{value(change.field, change.before) || '—'}</del> → <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{value(change.field, change.after) || '—'}</ins>
            </Text>
          )}
        </Box>
      );
    }
  }
}

export function VersionHistory({ versions }: { versions: AdviceVersion[] }) {
  const { t } = useTranslation('advice');
  // Until the user opens or closes one: the newest version, with its difference, whenever there is an older one.
  const [chosen, setOpen] = useState<string | null | undefined>(undefined);
  if (versions.length === 0) return null;
  const open = chosen !== undefined ? chosen : versions.length > 1 ? String(versions[0]!.version) : null;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="advice-history">
      <Title order={3} fz={20} mb="sm">
        {t('history.title')}
      </Title>
      <Accordion value={open} onChange={setOpen} variant="separated">
        {versions.map((v, i) => {
          const older = versions[i + 1];
          const changes = older ? diffAdviceVersions(older, v) : [];
          return (
            <Accordion.Item key={v.id} value={String(v.version)} data-testid="advice-history-version">
              <Accordion.Control>
                <Group gap="sm">
                  <VersionBadge status={v.status} version={v.version} />
                  <Text size="sm">
                    {v.approvedAt
                      ? t('view.approvedBy', { name: v.approvedBy, date: showDate(v.approvedAt) })
                      : t('history.drafted', { name: v.draftedBy, date: showDate(v.updatedAt) })}
                  </Text>
                  {v.reason && (
                    <Text size="sm" c="dimmed">
                      {t('view.reason', { reason: v.reason })}
                    </Text>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {!older ? (
                  <Text c="dimmed">{t('history.first')}</Text>
                ) : changes.length === 0 ? (
                  <Text c="dimmed">{t('history.noChanges', { version: older.version })}</Text>
                ) : (
                  <Stack gap={6} data-testid="advice-diff">
                    <Text size="sm" c="dimmed">
                      {t('history.changesFrom', { version: older.version })}
                    </Text>
                    <List spacing={6} listStyleType="none">
                      {changes.map((c, j) => (
                        <List.Item key={j}>
                          <ChangeLine change={c} older={older} newer={v} />
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Paper>
  );
}
