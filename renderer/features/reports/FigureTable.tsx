/**
 * A figure as a table: every category (zero ones too) with its count and, where the backend
 * gives one, its percentage of N; the total under it. For team members a category opens the
 * list of its cases (the keyboard way to the same list a bar opens).
 */
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportRow, ReportTable } from '../../../shared/api/index';
import { useCellFormat } from './format';

/** A row can be opened when it is not an exact zero (hidden cells may hold cases). */
export const openable = (row: ReportRow) => !(row.cell.hidden === 'none' && row.cell.n === 0);

export function FigureTable({ table, onOpen }: { table: ReportTable; onOpen: ((row: ReportRow) => void) | null }) {
  const { t } = useTranslation('reports');
  const fmt = useCellFormat();
  const withPct = table.rows.some((r) => r.cell.pct !== null) || table.basis.answerMode === 'multiple';
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table striped withTableBorder aria-label={table.title} data-testid={`table-${table.key}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.category')}</Table.Th>
            <Table.Th ta="right">{t('table.count')}</Table.Th>
            {withPct && <Table.Th ta="right">{t('table.pct')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={withPct ? 3 : 2}>
                <Text c="dimmed" size="sm">
                  {t('table.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {table.rows.map((row) => (
            <Table.Tr key={row.key} data-row={row.key}>
              <Table.Td>
                {onOpen && openable(row) ? (
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(row)} aria-label={t('table.openCases', { label: row.label })}>
                    {row.label}
                  </Anchor>
                ) : (
                  row.label
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="count">
                {fmt.count(row.cell)}
              </Table.Td>
              {withPct && (
                <Table.Td ta="right" ff="monospace">
                  {fmt.pct(row.cell)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.total && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{table.total.label}</Table.Th>
              <Table.Td ta="right" ff="monospace" fw={700} data-testid="total">
                {fmt.count(table.total.cell)}
              </Table.Td>
              {withPct && <Table.Td ta="right" ff="monospace">{fmt.pct(table.total.cell)}</Table.Td>}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
