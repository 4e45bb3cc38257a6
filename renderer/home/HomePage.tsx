import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatShortDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { FollowUpCharts } from './FollowUpCharts';
import { openableProps } from '../components/open-by-keyboard';

function Counter({ label, value, color, onClick }: { label: string; value: number; color?: string; onClick?: () => void }) {
  return (
    <Card withBorder padding="md" role={onClick ? 'link' : undefined} {...openableProps(onClick)} aria-label={onClick ? undefined : `${label}: ${value}`}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {value}
      </Text>
    </Card>
  );
}

export function HomePage() {
  const summary = useApiQuery('home.summary', {});
  if (summary.error) return <ErrorPanel message={summary.error} onRetry={summary.reload} />;
  const s = summary.data;
  if (!s) return null;
  return (
    <Stack gap="lg">
      <Title order={2}>Trang chủ</Title>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
        <Counter label="Nhiệm vụ quá hạn" value={s.counts.overdueTasks} color={s.counts.overdueTasks > 0 ? 'red' : undefined} onClick={() => navigate('/tasks?view=overdue')} />
        <Counter label="Đến hạn trong 7 ngày" value={s.counts.dueThisWeek} color={s.counts.dueThisWeek > 0 ? 'orange' : undefined} onClick={() => navigate('/tasks?view=week')} />
        <Counter label="Nhiệm vụ đang theo dõi" value={s.counts.openTasks} onClick={() => navigate('/tasks')} />
        <Counter label="Kết luận đang soạn" value={s.counts.draftConclusions} onClick={() => navigate('/conclusions')} />
        <Counter label="Văn bản đã ban hành trong năm" value={s.counts.issuedThisYear} onClick={() => navigate('/register')} />
        <Counter label="Hội nghị trong năm" value={s.counts.meetingsThisYear} onClick={() => navigate('/meetings')} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={4} mb="sm">
            Việc cần làm
          </Title>
          {s.dueSoon.length === 0 ? (
            <Text c="dimmed" size="sm">
              Không có nhiệm vụ nào quá hạn hoặc đến hạn trong 7 ngày tới.
            </Text>
          ) : (
            <Table aria-label="Nhiệm vụ sắp đến hạn">
              <Table.Tbody>
                {s.dueSoon.map((t) => (
                  <Table.Tr key={t.id} {...openableProps(() => navigate(`/tasks/${t.id}`))}>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {t.content}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t.leadUnits.join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td w={170}>
                      {t.dueDate && (
                        <Badge color={t.overdue ? 'red' : 'orange'} variant="light" tt="none" style={{ flexShrink: 0 }}>
                          {t.overdue ? 'Quá hạn ' : 'Hạn '}
                          {formatShortDate(t.dueDate)}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <Card withBorder>
          <Title order={4} mb="sm">
            Văn bản, hội nghị gần đây
          </Title>
          {s.recentDocuments.length === 0 ? (
            <Text c="dimmed" size="sm">
              Chưa có hội nghị hay kết luận nào. Bắt đầu bằng việc ghi một hội nghị trong mục Hội nghị.
            </Text>
          ) : (
            <Table aria-label="Văn bản gần đây">
              <Table.Tbody>
                {s.recentDocuments.map((d) => (
                  <Table.Tr
                    key={`${d.kind}-${d.id}`}
                    {...openableProps(() => navigate(d.kind === 'meeting' ? `/meetings/${d.id}` : `/conclusions/${d.id}`))}
                  >
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Badge variant="light" color={d.kind === 'meeting' ? 'blue' : 'red'} tt="none" style={{ flexShrink: 0 }}>
                          {d.kind === 'meeting' ? 'Hội nghị' : 'Kết luận'}
                        </Badge>
                        <Text size="sm" lineClamp={1}>
                          {d.title}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td w={110}>{d.date ? formatShortDate(d.date) : ''}</Table.Td>
                    <Table.Td w={110}>
                      <Text size="xs" c="dimmed">
                        {d.status}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>

      <FollowUpCharts />
    </Stack>
  );
}
