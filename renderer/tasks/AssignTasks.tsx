import { Alert, Anchor, Button, Center, Group, Input, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { formatShortDate } from '../../shared/text/party-date';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError, notifySaved } from '../components/notify';
import { rememberAssignLayout, rememberedAssignLayout, type AssignLayout } from './assign-layout';
import { ProposalCard } from './ProposalCard';
import { ProposalTable } from './ProposalTable';
import { defaultCommonDue, draftsFromProposals, emptyDraft, outlineParagraphs, toTaskInput, type ProposalDraft } from './proposal-draft';
import { showTasks } from './task-filters';
import { unitChoiceData, valuesToChoice } from './unit-choice';
import { useUnits } from './use-lookups';
import { useToday } from './use-today';
import { DateField } from '../components/DateField';

/**
 * "/tasks/assign/<conclusionId>": the tasks the rules read from a conclusion, one card each,
 * for the clerk to accept, correct or leave out — then "Giao N nhiệm vụ" creates them all.
 */
export function AssignTasks({ conclusionId }: { conclusionId: string }) {
  const conclusion = useApiQuery('conclusions.get', { id: conclusionId }, conclusionId);
  const proposals = useApiQuery('tasks.propose', { conclusionId }, conclusionId);
  const units = useUnits();
  const today = useToday();
  const [drafts, setDrafts] = useState<ProposalDraft[] | null>(null);
  const [commonDueEdited, setCommonDue] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Cards show every field; "Bảng gọn" one line per task, its card opened on "Sửa".
  const [layout, setLayout] = useState<AssignLayout>(rememberedAssignLayout);
  const [editing, setEditing] = useState<string | null>(null);

  // The working copy is made once, when both the proposals and the directory have arrived.
  useEffect(() => {
    if (drafts === null && proposals.data && units.data) setDrafts(draftsFromProposals(proposals.data, units.data));
  }, [drafts, proposals.data, units.data]);

  const paragraphs = useMemo(() => outlineParagraphs(conclusion.data?.outline ?? []), [conclusion.data]);
  const sectionTitles = useMemo(() => new Map(paragraphs.map((p) => [p.id, p.sectionTitle])), [paragraphs]);

  const error = conclusion.error ?? proposals.error ?? units.error;
  if (error) {
    return (
      <ErrorPanel
        message={error}
        onRetry={() => {
          conclusion.reload();
          proposals.reload();
          units.reload();
        }}
      />
    );
  }
  const c = conclusion.data;
  if (!c || !drafts) {
    return (
      <Center p="xl">
        <Loader aria-label="Đang đọc các nhiệm vụ trong kết luận" />
      </Center>
    );
  }

  const commonDue = commonDueEdited ?? defaultCommonDue(c.issueDate, today);
  const accepted = drafts.filter((d) => d.accepted);
  const earlier = drafts.filter((d) => d.alreadyAssigned).length;
  const unitData = unitChoiceData(units.data ?? [], drafts.flatMap((d) => [valuesToChoice(d.lead), valuesToChoice(d.supporting)]));
  const title = c.numberSymbol ?? 'Kết luận chưa ban hành';

  const update = (key: string, patch: Partial<ProposalDraft>) => {
    setDrafts((list) => (list ?? []).map((d) => (d.key === key ? { ...d, ...patch } : d)));
    if (patch.content !== undefined) setErrors(({ [key]: _, ...rest }) => rest);
  };

  async function assign() {
    const missing = Object.fromEntries(accepted.filter((d) => d.content.trim() === '').map((d) => [d.key, 'Nhập nội dung nhiệm vụ']));
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      // In the compact table the message is in the card: open the first one missing.
      if (layout === 'table') setEditing(Object.keys(missing)[0] ?? null);
      notifyError(
        new ApiError({
          code: 'VALIDATION',
          message: `Còn ${Object.keys(missing).length} nhiệm vụ được chọn chưa có nội dung.`,
          detail: 'Accepted drafts without content',
        }),
      );
      return;
    }
    setSaving(true);
    try {
      const created = await callApi('tasks.createMany', { tasks: accepted.map((d) => toTaskInput(d, conclusionId, commonDue)) });
      notifySaved(`${created.length} nhiệm vụ theo kết luận ${title}.`, 'Đã giao nhiệm vụ');
      showTasks({ conclusionId });
      navigate('/tasks');
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  let lastSection: string | null = null;
  return (
    <Stack pb={90}>
      <Anchor href="#/tasks" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Danh sách nhiệm vụ
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>Giao nhiệm vụ theo kết luận {title}</Title>
        <Text c="dimmed" size="sm">
          {[c.issueDate ? `Ban hành ngày ${formatShortDate(c.issueDate)}` : null, c.summary].filter(Boolean).join(', ')}
        </Text>
      </Stack>
      <Text size="sm">
        Phần mềm đã đọc {drafts.filter((d) => !d.manual).length} nhiệm vụ từ các đoạn giao việc. Anh chị xem lại nội dung, đơn vị chủ trì,
        phối hợp và thời hạn; bỏ chọn những đoạn không phải nhiệm vụ.
      </Text>
      {earlier > 0 && (
        <Alert color="orange" title="Có nhiệm vụ đã được giao">
          {earlier} đoạn của kết luận này đã được giao trước đây; các đề xuất đó được bỏ chọn sẵn để không giao trùng.
        </Alert>
      )}
      <Group align="flex-end" justify="space-between">
        <DateField
          label="Thời hạn chung"
          description="Cho các nhiệm vụ văn bản không ghi hạn"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={commonDue}
          onChange={(v) => setCommonDue(v)}
          w={260}
        />
        <Stack gap={4}>
          <Input.Label id="assign-layout" labelElement="div">
            Cách xem
          </Input.Label>
          <SegmentedControl<AssignLayout>
            aria-labelledby="assign-layout"
            value={layout}
            onChange={(choice) => {
              setLayout(choice);
              rememberAssignLayout(choice);
            }}
            data={[
              { value: 'cards', label: 'Thẻ chi tiết' },
              { value: 'table', label: 'Bảng gọn' },
            ]}
          />
        </Stack>
      </Group>

      {drafts.length === 0 && (
        <Text c="dimmed">Không đọc được nhiệm vụ nào từ kết luận này. Dùng “Thêm nhiệm vụ” để ghi tay từng nhiệm vụ.</Text>
      )}
      {layout === 'table' && (
        <ProposalTable
          drafts={drafts}
          units={units.data ?? []}
          commonDue={commonDue}
          editing={editing}
          onEdit={setEditing}
          onChange={update}
          renderCard={(d, i) => (
            <ProposalCard
              draft={d}
              index={i}
              unitData={unitData}
              commonDue={commonDue}
              paragraphs={paragraphs}
              contentError={errors[d.key]}
              onChange={(patch) => update(d.key, patch)}
              onRemove={() => setDrafts(drafts.filter((x) => x.key !== d.key))}
            />
          )}
        />
      )}
      {layout === 'cards' && drafts.map((d, i) => {
        const section = d.sourceBlockId ? (sectionTitles.get(d.sourceBlockId) ?? null) : null;
        const heading = !d.manual && section !== lastSection && section ? section : null;
        if (!d.manual) lastSection = section;
        return (
          <Stack key={d.key} gap="xs">
            {heading && (
              <Title order={5} mt="sm">
                {heading}
              </Title>
            )}
            <ProposalCard
              draft={d}
              index={i}
              unitData={unitData}
              commonDue={commonDue}
              paragraphs={paragraphs}
              contentError={errors[d.key]}
              onChange={(patch) => update(d.key, patch)}
              onRemove={() => setDrafts(drafts.filter((x) => x.key !== d.key))}
            />
          </Stack>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDrafts([...drafts, emptyDraft()])}>
          Thêm nhiệm vụ
        </Button>
      </Group>

      <Paper
        withBorder
        shadow="md"
        p="sm"
        style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
        component="section"
        aria-label="Giao các nhiệm vụ đã chọn"
      >
        <Group justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={500}>
              Đã chọn {accepted.length} / {drafts.length} nhiệm vụ
            </Text>
            <Button variant="subtle" size="xs" onClick={() => setDrafts(drafts.map((d) => ({ ...d, accepted: true })))}>
              Chọn tất cả
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setDrafts(drafts.map((d) => ({ ...d, accepted: false })))}>
              Bỏ chọn tất cả
            </Button>
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={() => navigate('/tasks')}>
              Hủy
            </Button>
            <Button onClick={() => void assign()} loading={saving} disabled={accepted.length === 0}>
              Giao {accepted.length} nhiệm vụ
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
