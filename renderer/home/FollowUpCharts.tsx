/**
 * Follow-up at a glance: completion by leading unit and late tasks by due month, for the
 * current term. A bar opens the task list filtered to what it counts.
 */
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ApiOutput } from '../../shared/api/contract';
import type { TaskView } from '../../shared/tasks/schema';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { showTasks } from '../tasks/task-filters';

type Charts = ApiOutput<'home.followUpCharts'>;
type UnitRow = Charts['byUnit'][number];
type MonthRow = Charts['overdueByMonth'][number] & { label: string };

const unitSeries = [
  { name: 'done', label: 'Hoàn thành', color: 'teal.6', view: 'done' as TaskView },
  { name: 'open', label: 'Đang thực hiện, còn hạn', color: 'blue.4', view: 'open' as TaskView },
  { name: 'overdue', label: 'Quá hạn', color: 'red.6', view: 'overdue' as TaskView },
];
const monthSeries = [
  { name: 'overdueOpen', label: 'Quá hạn, chưa xong', color: 'red.6' },
  { name: 'doneLate', label: 'Hoàn thành quá hạn', color: 'orange.4' },
];

/** recharts hands the clicked bar's row to `onClick` as `payload`. */
function rowOf<T>(bar: unknown): T | null {
  return bar && typeof bar === 'object' && 'payload' in bar ? ((bar as { payload: T }).payload ?? null) : null;
}

export function openUnitBar(row: UnitRow, view: TaskView): void {
  showTasks({ unitId: row.unitId, leadOnly: true, view });
  navigate('/tasks');
}

export function openMonthBar(row: Pick<MonthRow, 'month'>, series: string): void {
  showTasks({ dueMonth: row.month, view: series === 'overdueOpen' ? 'overdue' : 'done', ...(series === 'doneLate' ? { status: 'doneLate' as const } : {}) });
  navigate('/tasks');
}

export function FollowUpCharts() {
  const charts = useApiQuery('home.followUpCharts', {});
  const data = charts.data;
  if (!data || (data.byUnit.length === 0 && data.overdueByMonth.length === 0)) return null;
  const units = data.byUnit.slice(0, 12);
  const months: MonthRow[] = data.overdueByMonth.slice(-12).map((m) => ({ ...m, label: `${Number(m.month.slice(5))}/${m.month.slice(0, 4)}` }));
  const term = data.termName ? ` — nhiệm kỳ ${data.termName}` : '';
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder aria-label="Biểu đồ kết quả thực hiện theo đơn vị">
        <Title order={4}>Kết quả thực hiện theo đơn vị chủ trì</Title>
        <Text size="xs" c="dimmed" mb="sm">
          Số nhiệm vụ{term}. Bấm vào một cột để xem danh sách.
        </Text>
        <BarChart
          h={Math.max(160, units.length * 34 + 60)}
          data={units}
          dataKey="unitName"
          orientation="vertical"
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={{ width: 130 }}
          xAxisProps={{ allowDecimals: false }}
          maxBarWidth={28}
          series={unitSeries.map(({ name, label, color }) => ({ name, label, color }))}
          barProps={(series) => ({
            cursor: 'pointer',
            onClick: (bar: unknown) => {
              const row = rowOf<UnitRow>(bar);
              const view = unitSeries.find((s) => s.name === series.name)?.view ?? 'all';
              if (row) openUnitBar(row, view);
            },
          })}
          data-testid="chart-units"
        />
      </Card>
      <Card withBorder aria-label="Biểu đồ nhiệm vụ quá hạn theo tháng">
        <Title order={4}>Nhiệm vụ quá hạn theo tháng đến hạn</Title>
        <Text size="xs" c="dimmed" mb="sm">
          Theo tháng ghi trong thời hạn{term}. Bấm vào một cột để xem danh sách.
        </Text>
        {months.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa có nhiệm vụ nào quá hạn.
          </Text>
        ) : (
          <BarChart
            h={Math.max(160, units.length * 34 + 60)}
            data={months}
            yAxisProps={{ allowDecimals: false, width: 30 }}
            maxBarWidth={44}
            dataKey="label"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={monthSeries}
            barProps={(series) => ({
              cursor: 'pointer',
              onClick: (bar: unknown) => {
                const row = rowOf<MonthRow>(bar);
                if (row) openMonthBar(row, series.name);
              },
            })}
            data-testid="chart-months"
          />
        )}
      </Card>
    </SimpleGrid>
  );
}
