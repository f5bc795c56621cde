/**
 * Inzage-export (AVG art. 15) on the case page, for the voorzitter: everything the vault holds
 * about this youth as a PDF for the family (plain Dutch, or plain English: the letters' language
 * choice) and as a JSON bundle. First a warning that both files are plain text outside the vault;
 * making the export is audited.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterLang, SubjectExport } from '../../../shared/api/index';
import { saveBlob } from '../../app/download';
import { errorText } from '../../app/forms';
import { downloadPdf } from '../letters/download';
import { LangControl } from '../letters/LetterControls';
import { useSubjectExport } from './queries';

function downloadJson(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
}

export function SubjectExportButton({ caseId }: { caseId: number }) {
  const { t } = useTranslation('retention');
  const [open, setOpen] = useState(false);
  const make = useSubjectExport();
  const [out, setOut] = useState<SubjectExport | null>(null);
  const [lang, setLang] = useState<LetterLang>('nl');
  const close = () => {
    setOpen(false);
    setOut(null);
    make.reset();
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => setOpen(true)} data-testid="subject-export">
        {t('export.button')}
      </Button>
      <Modal opened={open} onClose={close} title={t('export.title')} centered size="lg">
        <Stack>
          <Text size="sm">{t('export.what')}</Text>
          <Alert color="orange" title={t('export.plainTitle')}>
            {t('export.plain')}
          </Alert>
          {make.error && <Alert color="red">{errorText(t, make.error)}</Alert>}
          {!out ? (
            <Group justify="space-between">
              <Group gap="sm">
                <Text size="sm" fw={500}>
                  {t('export.lang')}
                </Text>
                <LangControl value={lang} onChange={setLang} label={t('export.lang')} />
              </Group>
              <Group>
                <Button variant="default" onClick={close}>
                  {t('cancel')}
                </Button>
                <Button
                  loading={make.isPending}
                  onClick={() => void make.mutateAsync({ caseId, lang }).then(setOut, () => undefined)}
                  data-testid="subject-export-make"
                >
                  {t('export.make')}
                </Button>
              </Group>
            </Group>
          ) : (
            <Stack gap="xs">
              <Text size="sm" role="status" data-testid="subject-export-ready">
                {t('export.ready')}
              </Text>
              <Group justify="flex-end">
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => downloadJson(out.json, `${out.fileBase}.json`)}
                  data-testid="subject-export-json"
                >
                  {t('export.saveJson')}
                </Button>
                <Button
                  leftSection={<IconDownload size={16} />}
                  onClick={() => downloadPdf(out.pdfBase64, `${out.fileBase}.pdf`)}
                  data-testid="subject-export-pdf"
                >
                  {t('export.savePdf')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Modal>
    </>
  );
}
