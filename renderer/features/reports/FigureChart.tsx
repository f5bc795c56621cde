/**
 * A figure as a chart (@mantine/charts on recharts), loaded in its own chunk the first time a
 * figure is drawn: bars per category ('bar', categories down the side) or columns per month
 * ('column'). Hidden cells ("<5", "x") draw no bar; the table beside the chart says why.
 * The chart is a picture for the eye and the mouse: a click on a bar opens its cases; the
 * table next to it holds the same figures and is the keyboard's way in.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { Rectangle, type RectangleProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ReportRow, ReportTable } from '../../../shared/api/index';
import { useReportLang } from './format';
import { openable } from './FigureTable';

interface Props {
  table: ReportTable;
  internal: boolean;
  onOpen: ((row: ReportRow) => void) | null;
}

interface Datum {
  key: string;
  label: string;
  value: number | null;
}

export function FigureChart({ table, internal, onOpen }: Props) {
  const { t } = useTranslation('reports');
  const lang = useReportLang();
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL');
  const data: Datum[] = table.rows.map((r) => ({ key: r.key, label: r.label, value: r.cell.hidden === 'none' ? r.cell.n : null }));
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const sideways = table.chart === 'bar';
  const height = sideways ? Math.max(120, data.length * 30 + 40) : 240;
  return (
    <Box role="img" aria-label={t('chart.label', { title: table.title })} data-testid={`chart-${table.key}`}>
      <BarChart
        h={height}
        data={data}
        dataKey="label"
        orientation={sideways ? 'vertical' : 'horizontal'}
        series={[{ name: 'value', label: t('table.count'), color: internal ? 'orange.8' : 'blue.7' }]}
        accessibilityLayer={false}
        gridAxis={sideways ? 'x' : 'y'}
        valueFormatter={(v) => nf.format(v)}
        yAxisProps={sideways ? { width: 170, interval: 0, tick: { fontSize: 12 } } : { allowDecimals: false }}
        xAxisProps={sideways ? { allowDecimals: false } : { interval: 0, tick: { fontSize: 11 }, angle: data.length > 8 ? -35 : 0, textAnchor: data.length > 8 ? 'end' : 'middle', height: data.length > 8 ? 60 : 30 }}
        maxBarWidth={40}
        barProps={{
          shape: (props: RectangleProps & { payload?: Datum }) => {
            const row = props.payload ? byKey.get(props.payload.key) : undefined;
            const clickable = !!(onOpen && row && openable(row));
            return (
              <g
                data-row={props.payload?.key}
                style={clickable ? { cursor: 'pointer' } : undefined}
                onClick={clickable ? () => onOpen!(row!) : undefined}
              >
                <Rectangle {...props} />
              </g>
            );
          },
        }}
      />
    </Box>
  );
}
