/**
 * The case file's "Brieven": make the Adviesbrief or the family letter from the approved advice,
 * see it page by page, record it ("Vastleggen": the exact PDF in the vault) or save a copy;
 * every recorded letter with its advice version, who and when, and its "verzonden" records.
 */
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconEye, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseLetterKind, LetterInfo, LetterLang } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { downloadPdf } from './download';
import { PdfPages } from './PdfPages';
import { useCaseLetters, usePreviewLetter, useRecordLetter } from './queries';
import { SaveDialog } from './SaveDialog';
import { SentForm } from './SentForm';
import { LangControl, LetterOutcome } from './LetterControls';
import { useLetterFlow } from './useLetterFlow';

const when = (iso: string) => `${isoToDutch(iso.slice(0, 10))} ${iso.slice(11, 16)}`;

export function LettersTab({ caseId }: { caseId: number }) {
  const { t } = useTranslation('letters');
  const letters = useCaseLetters(caseId);
  const preview = usePreviewLetter();
  const record = useRecordLetter();
  const [kind, setKind] = useState<CaseLetterKind>('professional');
  const [lang, setLang] = useState<LetterLang>('nl');
  const [sentFor, setSentFor] = useState<LetterInfo | null>(null);

  const { shown, setShown, failure, recorded, saving, setSaving, open: openWith, recordShown, saveStored } = useLetterFlow();
  const open = () => openWith(() => preview.mutateAsync({ caseId, kind, lang }));
  const doRecord = () => recordShown((s) => (s.adviceVersion ? record.mutateAsync({ caseId, kind, lang, adviceVersion: s.adviceVersion }) : null));

  return (
    <Stack gap="md">
      <Title order={2} fz="h3">
        {t('title')}
      </Title>
      <Group align="flex-end">
        <SegmentedControl
          aria-label={t('kind.label')}
          value={kind}
          onChange={(v) => setKind(v as CaseLetterKind)}
          data={[
            { value: 'professional', label: t('kind.professional') },
            { value: 'family', label: t('kind.family') },
          ]}
        />
        <LangControl value={lang} onChange={setLang} />
        <Button leftSection={<IconEye size={16} />} onClick={() => void open()} loading={preview.isPending}>
          {t('preview.open')}
        </Button>
      </Group>
      <LetterOutcome failure={failure} recorded={recorded} />

      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.title} size="xl">
        {shown && (
          <Stack>
            <Text size="sm">{t('preview.intro', { version: shown.adviceVersion ?? '', number: shown.number })}</Text>
            <Group>
              <Button onClick={() => void doRecord()} loading={record.isPending}>
                {t('preview.record')}
              </Button>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setSaving({ base64: shown.pdfBase64, fileName: shown.fileName })}>
                {t('save.open')}
              </Button>
            </Group>
            <PdfPages base64={shown.pdfBase64} label={t('preview.region')} />
          </Stack>
        )}
      </Modal>

      <SaveDialog
        opened={saving !== null}
        fileName={saving?.fileName ?? ''}
        onSave={() => saving && downloadPdf(saving.base64, saving.fileName)}
        onClose={() => setSaving(null)}
      />
      <SentForm letter={sentFor} onClose={() => setSentFor(null)} />

      <Title order={3} fz="h4">
        {t('list.title')}
      </Title>
      {letters.data && letters.data.length === 0 && <Text c="dimmed">{t('list.none')}</Text>}
      {letters.data && letters.data.length > 0 && (
        <Table aria-label={t('list.title')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.letter')}</Table.Th>
              <Table.Th>{t('list.made')}</Table.Th>
              <Table.Th>{t('list.sent')}</Table.Th>
              <Table.Th>{t('list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letters.data.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Text fw={600}>{l.title}</Text>
                  <Text size="sm" c="dimmed">
                    {t('list.meta', { number: l.number, version: l.adviceVersion ?? '', pages: l.pages, lang: l.lang.toUpperCase() })}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" title={l.sha256}>
                    SHA-256 {l.sha256.slice(0, 16)}…
                  </Text>
                </Table.Td>
                <Table.Td>{t('list.by', { name: l.createdBy, when: when(l.createdAt) })}</Table.Td>
                <Table.Td>
                  {l.sends.length === 0 ? (
                    <Badge color="gray" variant="light">
                      {t('list.notSent')}
                    </Badge>
                  ) : (
                    l.sends.map((s) => (
                      <Text key={s.id} size="sm">
                        {t('list.sentLine', { to: s.recipient, how: t(`channel.${s.channel}`), on: isoToDutch(s.sentOn) })}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => void saveStored(l)} aria-label={t('list.saveOf', { title: l.title })}>
                      {t('save.open')}
                    </Button>
                    <Button size="xs" variant="light" leftSection={<IconMailForward size={14} />} onClick={() => setSentFor(l)} aria-label={t('list.sentOf', { title: l.title })}>
                      {t('sent.open')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
