/**
 * The besluitenlijst of a meeting as a PDF (internal: case codes, decisions, attendance): see it
 * page by page, record it ("Vastleggen": exactly the previewed PDF, in the vault with its SHA-256)
 * or save a copy; the recorded lists with who and when. Shown on the meeting's Besluitenlijst tab.
 */
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterLang } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { useSession } from '../../app/session';
import { downloadPdf } from './download';
import { PdfPages } from './PdfPages';
import { useMeetingLetters, usePreviewMeetingLetter, useRecordMeetingLetter } from './queries';
import { SaveDialog } from './SaveDialog';
import { LangControl, LetterOutcome } from './LetterControls';
import { useLetterFlow } from './useLetterFlow';

const when = (iso: string) => `${isoToDutch(iso.slice(0, 10))} ${iso.slice(11, 16)}`;

export function MeetingLetters({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('letters');
  const { can } = useSession();
  const letters = useMeetingLetters(meetingId);
  const preview = usePreviewMeetingLetter();
  const record = useRecordMeetingLetter();
  const [lang, setLang] = useState<LetterLang>('nl');

  const { shown, setShown, failure, recorded, saving, setSaving, open: openWith, recordShown, saveStored } = useLetterFlow();
  const open = () => openWith(() => preview.mutateAsync({ meetingId, lang }));
  const doRecord = () => recordShown((s) => record.mutateAsync({ meetingId, lang, sha256: s.sha256 }));

  return (
    <Paper withBorder radius="md" p="md" data-testid="meeting-letters">
      <Stack gap="sm">
        <Title order={3} fz={16}>
          {t('meeting.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('meeting.intro')}
        </Text>
        <Group align="flex-end">
          <LangControl value={lang} onChange={setLang} />
          <Button leftSection={<IconEye size={16} />} onClick={() => void open()} loading={preview.isPending}>
            {t('meeting.preview')}
          </Button>
        </Group>
        <LetterOutcome failure={failure} recorded={recorded} />

        <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.title} size="xl">
          {shown && (
            <Stack>
              <Text size="sm">{t('meeting.previewIntro', { number: shown.number })}</Text>
              <Group>
                {can('meeting.decide') && (
                  <Button onClick={() => void doRecord()} loading={record.isPending}>
                    {t('preview.record')}
                  </Button>
                )}
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => setSaving({ base64: shown.pdfBase64, fileName: shown.fileName })}
                >
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

        {letters.data && letters.data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('meeting.none')}
          </Text>
        )}
        {letters.data && letters.data.length > 0 && (
          <Table aria-label={t('meeting.list')} data-testid="meeting-letter-list">
            <Table.Tbody>
              {letters.data.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Text fw={600}>{l.title}</Text>
                    <Text size="sm" c="dimmed">
                      {t('meeting.meta', { number: l.number, pages: l.pages, lang: l.lang.toUpperCase() })}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" title={l.sha256}>
                      SHA-256 {l.sha256.slice(0, 16)}…
                    </Text>
                  </Table.Td>
                  <Table.Td>{t('list.by', { name: l.createdBy, when: when(l.createdAt) })}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconDownload size={14} />}
                      onClick={() => void saveStored(l)}
                      aria-label={t('list.saveOf', { title: l.title })}
                    >
                      {t('save.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
