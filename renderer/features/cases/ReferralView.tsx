/** Read view of a referral: the same sections as the form, easy to read aloud in a meeting. */
import type { ReactNode } from 'react';
import { Badge, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { useEnumLabels, useProblemAreas } from './labels';

export function ReferralView({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const { labelOf } = useProblemAreas();
  const r = file.referral;
  const dash = <Text span c="dimmed">{t('view.notFilled')}</Text>;
  const val = (s: string | undefined | null): ReactNode => (s ? s : dash);
  const enumVal = (group: Parameters<typeof label>[0], s: string) => (s ? label(group, s) : dash);
  const long = (s: string) =>
    s ? (
      <Text style={{ whiteSpace: 'pre-wrap' }} size="lg" lh={1.55}>
        {s}
      </Text>
    ) : (
      dash
    );

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ViewSection title={t('referral.section.referrer')}>
          <Items
            items={[
              [t('referral.referrer.name'), val(r.referrer.name)],
              [t('referral.referrer.organisation'), val(r.referrer.organisation)],
              [t('referral.referrer.role'), val(r.referrer.role)],
              [t('referral.referrer.type'), enumVal('referrerType', r.referrer.type)],
              [t('referral.referrer.phone'), val(r.referrer.phone)],
              [t('referral.referrer.email'), val(r.referrer.email)],
            ]}
          />
        </ViewSection>
        <ViewSection title={t('referral.section.youth')}>
          <Items
            items={[
              [t('view.name'), `${r.youth.firstName} ${r.youth.lastName}`],
              [
                t('referral.youth.birthDate'),
                <>
                  {isoToDutch(r.youth.birthDate)}
                  {file.age !== null && (
                    <Text span c="dimmed">
                      {' '}
                      ({t('age', { count: file.age })})
                    </Text>
                  )}
                </>,
              ],
              [t('referral.youth.gender'), enumVal('gender', r.youth.gender)],
              [t('referral.youth.municipality'), val(r.youth.municipality)],
              [t('referral.youth.region'), val(r.youth.region)],
              [t('referral.youth.bsn'), val(r.youth.bsn)],
              [t('referral.youth.livingSituation'), enumVal('living', r.youth.livingSituation)],
            ]}
          />
        </ViewSection>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ViewSection title={t('referral.section.guardians')}>
          {r.guardians.length === 0 ? (
            <Text c="dimmed">{t('referral.guardians.none')}</Text>
          ) : (
            <Stack gap="sm">
              {r.guardians.map((g, i) => (
                <Paper key={i} withBorder p="sm" radius="md">
                  <Group gap="xs">
                    <Text fw={700} size="lg">
                      {g.name}
                    </Text>
                    <Badge variant="light" tt="none">
                      {label('relation', g.relation)}
                    </Badge>
                    <Badge variant="outline" color={g.hasAuthority ? 'teal' : 'gray'} tt="none">
                      {g.hasAuthority ? t('view.authorityYes') : t('view.authorityNo')}
                    </Badge>
                  </Group>
                  {(g.phone || g.email) && (
                    <Text c="dimmed" mt={4}>
                      {[g.phone, g.email].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          )}
        </ViewSection>
        <ViewSection title={t('referral.section.involved')}>
          <Items
            items={[
              [
                t('referral.organisations.title'),
                r.organisations.length ? (
                  <Stack gap={2}>
                    {r.organisations.map((o, i) => (
                      <Text key={i}>
                        <b>{o.name}</b>
                        {o.role ? ` · ${o.role}` : ''}
                      </Text>
                    ))}
                  </Stack>
                ) : (
                  dash
                ),
              ],
              [
                t('referral.legalFrameworks'),
                r.legalFrameworks.length ? r.legalFrameworks.map((l) => label('legal', l)).join(', ') : dash,
              ],
              [t('referral.protection.measure'), enumVal('measure', r.protection.measure)],
              [t('referral.protection.gi'), val(r.protection.gi)],
            ]}
          />
        </ViewSection>
      </SimpleGrid>

      <ViewSection title={t('referral.section.question')}>
        <Stack gap="md">
          <LongItem label={t('referral.questionReferrer')}>{long(r.questionReferrer)}</LongItem>
          <LongItem label={t('referral.questionFamily')}>{long(r.questionFamily)}</LongItem>
          <LongItem label={t('referral.tried')}>{long(r.tried)}</LongItem>
          <Items
            items={[
              [
                t('referral.urgency'),
                <>
                  {label('urgency', r.urgency)}
                  {r.urgencyReason && <Text span c="dimmed">{` — ${r.urgencyReason}`}</Text>}
                </>,
              ],
              [
                t('referral.questionTypes'),
                r.questionTypes.length ? r.questionTypes.map((q) => label('questionType', q)).join(', ') : dash,
              ],
            ]}
          />
        </Stack>
      </ViewSection>

      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <ViewSection title={t('referral.section.problemAreas')}>
          {r.problemAreas.length ? (
            <Group gap={6}>
              {r.problemAreas.map((id) => (
                <Badge key={id} size="lg" variant="light" tt="none" fw={600}>
                  {labelOf(id)}
                </Badge>
              ))}
            </Group>
          ) : (
            dash
          )}
        </ViewSection>
        <ViewSection title={t('referral.section.transition')}>
          <Text size="lg" fw={600}>
            {file.transition18 ? t('referral.transition.yes') : t('referral.transition.no')}
          </Text>
          <Text c="dimmed" size="sm">
            {t('referral.transition.override')}: {label('transition', r.transitionOverride)}
          </Text>
        </ViewSection>
        <ViewSection title={t('referral.section.otherTables')}>
          {r.otherTables.length ? (
            <Group gap={6}>
              {r.otherTables.map((o) => (
                <Badge key={o} size="lg" color="orange" variant="light" tt="none">
                  {label('otherTable', o)}
                </Badge>
              ))}
            </Group>
          ) : (
            dash
          )}
          {r.otherTablesNote && (
            <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {r.otherTablesNote}
            </Text>
          )}
        </ViewSection>
      </SimpleGrid>
    </Stack>
  );
}

function ViewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} fz={20} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Items({ items }: { items: [string, ReactNode][] }) {
  return (
    <DataList size="md" labelWidth={190} gap="xs">
      {items.map(([l, v]) => (
        <DataList.Item key={l}>
          <DataList.ItemLabel c="dimmed">{l}</DataList.ItemLabel>
          <DataList.ItemValue>{v}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function LongItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text c="dimmed" size="sm" fw={600} mb={2}>
        {label}
      </Text>
      {children}
    </div>
  );
}
