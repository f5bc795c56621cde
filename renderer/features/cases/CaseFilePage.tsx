/** /cases/:id, the case file: header, tabs (Aanmelding, Toestemming, Screening, Tijdlijn) and the status menu. */
import {
  Alert,
  Anchor,
  Button,
  Group,
  Indicator,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconClipboardText,
  IconEyeOff,
  IconGavel,
  IconHistory,
  IconMail,
  IconSignature,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { CaseFile } from '../../../shared/api/index';
import { useSession } from '../../app/session';
import { useCaseFile } from './queries';
import { ConsentTab } from './ConsentTab';
import {
  OtherTablesMarker,
  StatusBadge,
  TransitionMarker,
  UrgencyBadge,
  formatDate,
  useEnumLabels,
  useErrorText,
} from './labels';
import { ReferralTab } from './ReferralTab';
import { ScreeningTab } from './ScreeningTab';
import { StatusMenu } from './StatusMenu';
import { TimelineTab } from './TimelineTab';
import { AdviceTab } from '../advice/AdviceTab';
import { LettersTab } from '../letters/LettersTab';
import { SubjectExportButton } from '../retention/SubjectExportButton';

const TABS = ['aanmelding', 'toestemming', 'screening', 'advies', 'brieven', 'tijdlijn'] as const;
type Tab = (typeof TABS)[number];

export function CaseFilePage() {
  const { t } = useTranslation('cases');
  const { id } = useParams();
  const caseId = Number(id);
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch ?? '';
  const query = useCaseFile(caseId);
  const errorMessage = useErrorText();

  const back = (
    <Anchor component={Link} to={`/cases${listSearch}`} size="sm">
      <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('back')}
    </Anchor>
  );

  if (!Number.isInteger(caseId) || caseId <= 0 || query.error?.code === 'NOT_FOUND') {
    return (
      <Stack>
        {back}
        <Alert color="orange">{t('case.notFound')}</Alert>
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Stack>
        {back}
        <Alert color="red" title={t('loadError')}>
          <Text>{errorMessage(query.error)}</Text>
          <Button mt="sm" variant="light" color="red" onClick={() => void query.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      </Stack>
    );
  }
  if (!query.data) {
    return (
      <Stack>
        {back}
        <Skeleton h={40} w={320} />
        <Skeleton h={24} w={480} />
        <Skeleton h={300} />
      </Stack>
    );
  }
  return <CaseFileView key={query.data.id} file={query.data} back={back} />;
}

function CaseFileView({ file, back }: { file: CaseFile; back: React.ReactNode }) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const { label } = useEnumLabels();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'aanmelding';
  const setTab = (next: Tab) => {
    const p = new URLSearchParams(params);
    if (next === 'aanmelding') p.delete('tab');
    else p.set('tab', next);
    setParams(p, { replace: true, state: location.state });
  };
  const goToConsent = () => {
    setTab('toestemming');
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const consentOpen = !file.consentState.sufficient && !file.legalGround;
  const youth = file.referral.youth;

  return (
    <Stack gap="md" maw={1500}>
      {back}
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={6}>
            <Group gap="sm" align="center">
              <Title order={1} fz={32} ff="monospace" data-testid="case-code">
                {file.code}
              </Title>
              <StatusBadge status={file.status} size="xl" />
              <UrgencyBadge urgency={file.referral.urgency} size="lg" />
              {file.transition18 && <TransitionMarker size="lg" />}
              <OtherTablesMarker count={file.referral.otherTables.length} size="lg" />
            </Group>
            <Text fz={26} fw={600} lh={1.2} data-testid="case-name">
              {youth.firstName} {youth.lastName}
              <Text span fz={22} fw={400} c="dimmed">
                {file.age !== null && ` · ${t('age', { count: file.age })}`}
                {youth.municipality && ` · ${youth.municipality}`}
              </Text>
            </Text>
            <Text c="dimmed">
              {t('case.referredOn', { date: formatDate(file.referredOn), name: file.createdBy })}
              {file.referral.referrer.organisation &&
                ` · ${t('case.referredBy', { organisation: file.referral.referrer.organisation })}`}
            </Text>
            {file.status === 'afgesloten' && file.closureReason && (
              <Text fw={600}>{t('case.closureReason', { reason: label('closure', file.closureReason) })}</Text>
            )}
          </Stack>
          <Group gap="sm" align="flex-start">
            {can('subject.export') && <SubjectExportButton caseId={file.id} />}
            {can('case.status') && <StatusMenu file={file} onGoToConsent={goToConsent} />}
          </Group>
        </Group>
      </Paper>

      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List>
          <Tabs.Tab value="aanmelding" leftSection={<IconClipboardText size={20} />} fz="lg" py="sm">
            {t('case.tab.referral')}
          </Tabs.Tab>
          <Tabs.Tab
            value="toestemming"
            leftSection={
              <Indicator disabled={!consentOpen} color="orange" size={9} offset={2}>
                <IconSignature size={20} />
              </Indicator>
            }
            fz="lg"
            py="sm"
          >
            {t('case.tab.consent')}
          </Tabs.Tab>
          <Tabs.Tab value="screening" leftSection={<IconEyeOff size={20} />} fz="lg" py="sm">
            {t('case.tab.screening')}
          </Tabs.Tab>
          <Tabs.Tab value="advies" leftSection={<IconGavel size={20} />} fz="lg" py="sm">
            {t('advice:tab')}
          </Tabs.Tab>
          <Tabs.Tab value="brieven" leftSection={<IconMail size={20} />} fz="lg" py="sm">
            {t('letters:tab')}
          </Tabs.Tab>
          <Tabs.Tab value="tijdlijn" leftSection={<IconHistory size={20} />} fz="lg" py="sm">
            {t('case.tab.timeline')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="aanmelding" pt="md">
          <ReferralTab file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="toestemming" pt="md">
          <ConsentTab file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="screening" pt="md">
          <ScreeningTab file={file} onGoToConsent={goToConsent} />
        </Tabs.Panel>
        <Tabs.Panel value="advies" pt="md">
          <AdviceTab caseId={file.id} />
        </Tabs.Panel>
        <Tabs.Panel value="brieven" pt="md">
          <LettersTab caseId={file.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tijdlijn" pt="md">
          <TimelineTab events={file.events} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
