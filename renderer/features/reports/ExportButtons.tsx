/**
 * CSV, PDF and XLSX of the period shown: the backend renders the file (always suppressed, never
 * the internal counts) and the exact bytes it returns are saved.
 */
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/index';
import { errorText } from '../../app/forms';
import { useNotifySaved } from '../cases/labels';
import { downloadBytes } from './download';
import { useReportLang } from './format';
import { useExportReport, type ReportScope } from './queries';

const ICONS = { csv: IconFileText, pdf: IconFileTypePdf, xlsx: IconFileSpreadsheet } as const;

export function ExportButtons({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation('reports');
  const lang = useReportLang();
  const exportReport = useExportReport();
  const notifySaved = useNotifySaved();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const file = await exportReport.run({ ...scope, format, lang });
      downloadBytes(file.base64, file.fileName, file.mimeType);
      notifySaved(t('export.saved', { name: file.fileName }));
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err), closeButtonProps: { 'aria-label': t('common:close') } });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-label={t('export.title')}>
      <Group gap="xs">
        {EXPORT_FORMATS.map((f) => {
          const Icon = ICONS[f];
          return (
            <Button
              key={f}
              variant="default"
              leftSection={<Icon size={16} aria-hidden />}
              loading={busy === f}
              disabled={busy !== null && busy !== f}
              onClick={() => void run(f)}
              aria-label={t(`export.${f}Label`)}
            >
              {t(`export.${f}`)}
            </Button>
          );
        })}
      </Group>
      <Text size="xs" c="dimmed" mt={4} maw={460}>
        {t('export.note')}
      </Text>
    </section>
  );
}
