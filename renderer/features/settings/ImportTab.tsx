/**
 * 'Importeren' (beheerder): a team's earlier registration (CSV or XLSX, one row per
 * case) as real cases. First a trial import (import.check) shows per row what would
 * be created and every problem by row and column; only a file without problems can
 * be imported (import.run), all rows at once. The file is read in memory only.
 */
import { useState } from 'react';
import { Alert, Button, FileInput, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_REQUIRED_COLUMNS } from '../../../shared/api/index';
import type { ImportCheck, ImportFormat, ImportProblem } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { errorText } from '../../app/forms';
import { queryKey, useApiCommand } from '../../app/query';
import { TabHeader } from './TabHeader';

interface Picked {
  format: ImportFormat;
  data: string;
}

/** The file's bytes as base64, in chunks (a large file would overflow String.fromCharCode's arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function formatOf(name: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation('import');
  const rowText = (row: number) => (row === 0 ? t('row.file') : row === 1 ? t('row.header') : String(row));
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder aria-label={t('check.problemsTitle')} data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('col.row')}</Table.Th>
            <Table.Th scope="col">{t('col.column')}</Table.Th>
            <Table.Th scope="col">{t('col.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.row}-${p.column}-${i}`}>
              <Table.Td>{rowText(p.row)}</Table.Td>
              <Table.Td>{p.column || t('none')}</Table.Td>
              <Table.Td>{t(`problem.${p.code}`, { ...p.params })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PreviewTable({ check }: { check: ImportCheck }) {
  const { t } = useTranslation('import');
  const date = (iso: string) => (iso ? isoToDutch(iso) : t('none'));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label={t('check.previewTitle')} data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            {(['row', 'code', 'initials', 'referredOn', 'municipality', 'status', 'problemAreas', 'disruptions', 'adviceOn', 'closedOn'] as const).map((c) => (
              <Table.Th key={c} scope="col">
                {t(`col.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {check.preview.map((p) => (
            <Table.Tr key={p.row}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>{p.code}</Table.Td>
              <Table.Td>{p.initials || t('none')}</Table.Td>
              <Table.Td>{date(p.referredOn)}</Table.Td>
              <Table.Td>{p.municipality}</Table.Td>
              <Table.Td>{t(`cases:status.${p.status}`)}</Table.Td>
              <Table.Td>{p.problemAreas}</Table.Td>
              <Table.Td>{p.disruptions}</Table.Td>
              <Table.Td>{date(p.adviceOn)}</Table.Td>
              <Table.Td>{date(p.closedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ImportTab() {
  const { t } = useTranslation(['import', 'settings']);
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [callError, setCallError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportCheck | null>(null);
  const [confirming, setConfirming] = useState(false);
  const check = useApiCommand('import.check');
  const run = useApiCommand('import.run', { invalidates: [queryKey('cases.list'), queryKey('audit.list')] });

  const pick = async (f: File | null) => {
    setFile(f);
    setPicked(null);
    setResult(null);
    setCallError(null);
    setFileError(null);
    if (!f) return;
    const format = formatOf(f.name);
    if (!format) return setFileError(t('file.wrongType'));
    if (f.size > IMPORT_MAX_BYTES) return setFileError(t('file.tooBig'));
    setPicked({ format, data: await base64Of(f) });
  };

  const runCheck = async () => {
    if (!picked) return;
    setCallError(null);
    setResult(null);
    try {
      setResult(await check.mutateAsync(picked));
    } catch (err) {
      setCallError(errorText(t, err));
    }
  };

  const runImport = async () => {
    if (!picked) return;
    setCallError(null);
    try {
      const done = await run.mutateAsync(picked);
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('run.doneTitle'),
        message: t('run.done', { count: done.created, first: done.firstCode, last: done.lastCode }),
      });
      setConfirming(false);
      setFile(null);
      setPicked(null);
      setResult(null);
    } catch (err) {
      setConfirming(false);
      setCallError(errorText(t, err));
    }
  };

  const optional = IMPORT_COLUMNS.filter((c) => !IMPORT_REQUIRED_COLUMNS.includes(c));
  const creates = result?.ok ? result.preview.length : 0;

  return (
    <Stack gap="md" maw={1100}>
      <TabHeader title={t('settings:tab.import')} intro={t('intro')} />

      <Paper withBorder p="md" radius="md">
        <Title order={3} fz="md" mb="xs">
          {t('columns.title')}
        </Title>
        <Text size="sm">{t('columns.required', { list: IMPORT_REQUIRED_COLUMNS.join(', ') })}</Text>
        <Text size="sm">{t('columns.optional', { list: optional.join(', ') })}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          {t('columns.rules')}
        </Text>
      </Paper>

      <Group align="flex-end" gap="md">
        <FileInput
          label={t('file.label')}
          description={t('file.description')}
          placeholder={t('file.placeholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => void pick(f)}
          error={fileError}
          clearable
          w={420}
          leftSection={<IconFileImport size={16} />}
          data-testid="import-file"
        />
        <Button leftSection={<IconListCheck size={16} />} onClick={() => void runCheck()} disabled={!picked} loading={check.isPending}>
          {t('check.button')}
        </Button>
      </Group>

      {callError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {callError}
        </Alert>
      )}

      {result && (
        <Stack gap="md" data-testid="import-result">
          <Text size="sm">{t('check.rows', { count: result.rows })}</Text>
          {result.ok ? (
            <Alert color="teal" variant="light" icon={<IconCheck size={18} />} data-testid="import-ok">
              {t('check.ok', { count: creates })}
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="import-not-ok">
              {t('check.problems', { count: result.problems.length })}
            </Alert>
          )}
          {result.problems.length > 0 && (
            <>
              <Title order={3} fz="md">
                {t('check.problemsTitle')}
              </Title>
              <ProblemTable problems={result.problems} />
            </>
          )}
          {result.preview.length > 0 && (
            <>
              <Title order={3} fz="md">
                {t('check.previewTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('check.previewNote')}
              </Text>
              <PreviewTable check={result} />
            </>
          )}
          {result.ok && (
            <Group>
              <Button leftSection={<IconFileImport size={16} />} onClick={() => setConfirming(true)}>
                {t('run.button', { count: creates })}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('run.confirmTitle')} centered>
        <Stack gap="md">
          <Text>{t('run.confirmText', { count: creates })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={run.isPending}>
              {t('run.cancel')}
            </Button>
            <Button onClick={() => void runImport()} loading={run.isPending} data-testid="import-confirm">
              {t('run.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
