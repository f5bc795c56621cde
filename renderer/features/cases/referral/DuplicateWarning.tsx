/**
 * "Mogelijk dubbel": once the BSN, or the first name, last name and birth date
 * are filled in, the form asks the backend for cases (open or closed) of the same
 * youth and lists them, with a link for those who may read cases. A warning, not
 * a block: the same youth may rightly be referred again.
 */
import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isValidBsn } from '../../../../shared/domain/bsn';
import { dutchToIso, isIsoDate } from '../../../../shared/domain/dates';
import { useSession } from '../../../app/session';
import { StatusBadge } from '../labels';
import { useDuplicates } from '../queries';
import type { SectionProps } from './model';

/** Wait this long after typing stops before asking. */
const DELAY_MS = 400;

export function DuplicateWarning({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const youth = form.values.youth;
  const bsn = youth.bsn.replace(/[\s.]/g, '');
  const query = {
    bsn: /^\d{9}$/.test(bsn) && isValidBsn(bsn) ? bsn : '',
    firstName: youth.firstName.trim(),
    lastName: youth.lastName.trim(),
    birthDate: dutchToIso(youth.birthDate.trim()),
  };
  const ready = query.bsn !== '' || (query.firstName !== '' && query.lastName !== '' && isIsoDate(query.birthDate));
  const [asked] = useDebouncedValue(ready ? query : null, DELAY_MS);
  const duplicates = useDuplicates(asked ?? { bsn: '', firstName: '', lastName: '', birthDate: '' }, asked !== null);
  const matches = ready && asked ? (duplicates.data ?? []) : [];
  if (matches.length === 0) return null;

  const canOpen = can('case.read');
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCopy size={18} />}
      title={t('referral.duplicate.title', { count: matches.length })}
      role="status"
      data-testid="duplicate-warning"
    >
      <Text size="sm" mb="xs">
        {t('referral.duplicate.text')}
      </Text>
      <List spacing={4} size="sm">
        {matches.map((m) => (
          <List.Item key={m.id}>
            <Group gap="xs" wrap="nowrap">
              {canOpen ? (
                <Anchor component={Link} to={`/cases/${m.id}`} ff="monospace" fw={700}>
                  {m.code}
                </Anchor>
              ) : (
                <Text span ff="monospace" fw={700}>
                  {m.code}
                </Text>
              )}
              <Text span>{m.initials}</Text>
              <StatusBadge status={m.status} size="sm" />
              <Text span c="dimmed">
                {t(`referral.duplicate.matchedOn.${m.matchedOn}`)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
