import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Recurrence } from '../../shared/tasks/recurrence';
import { recurrenceLabels, recurrences, type Task } from '../../shared/tasks/schema';
import { ApiError, callApi } from '../api/client';
import { notifyError, notifySaved } from '../components/notify';
import { useCloseGuard } from '../components/use-close-guard';
import { choiceToValues, unitChoiceData, valuesToChoice } from './unit-choice';
import { conclusionOptions, useIssuedConclusions, useUnits } from './use-lookups';
import { useFieldErrors } from '../components/field-errors';
import { DateField } from '../components/DateField';

interface FormValue {
  conclusionId: string | null;
  content: string;
  lead: string[];
  supporting: string[];
  responsibleMember: string;
  dueDate: string;
  recurrence: Recurrence | null;
  remarks: string;
}

function initial(task: Task | null, conclusionId: string | null): FormValue {
  if (!task) {
    return { conclusionId, content: '', lead: [], supporting: [], responsibleMember: '', dueDate: '', recurrence: null, remarks: '' };
  }
  return {
    conclusionId: task.conclusionId,
    content: task.content,
    lead: choiceToValues({ ids: task.leadUnitIds, names: task.leadUnitNames }),
    supporting: choiceToValues({ ids: task.supportingUnitIds, names: task.supportingUnitNames }),
    responsibleMember: task.responsibleMember,
    dueDate: task.dueDate ?? '',
    recurrence: task.recurrence,
    remarks: task.remarks,
  };
}

/** "Sửa nhiệm vụ" (an existing task) or "Thêm nhiệm vụ" (typed by hand, optionally under a conclusion). */
export function TaskFormModal({
  task,
  defaultConclusionId = null,
  onClose,
  onSaved,
}: {
  task: Task | null;
  defaultConclusionId?: string | null;
  onClose: () => void;
  onSaved: (task: Task) => void;
}) {
  const units = useUnits(true);
  const conclusions = useIssuedConclusions();
  const [start] = useState<FormValue>(() => initial(task, defaultConclusionId));
  const [value, setValue] = useState<FormValue>(start);
  const requestClose = useCloseGuard(JSON.stringify(value) !== JSON.stringify(start), onClose);
  const { errors, setErrors, clear } = useFieldErrors();
  const [saving, setSaving] = useState(false);
  const lead = valuesToChoice(value.lead);
  const supporting = valuesToChoice(value.supporting);
  const unitData = unitChoiceData(units.data ?? [], [lead, supporting]);

  async function save() {
    if (value.content.trim() === '') {
      setErrors({ content: 'Nhập nội dung nhiệm vụ' });
      return;
    }
    setSaving(true);
    try {
      const input = {
        conclusionId: value.conclusionId,
        content: value.content,
        leadUnitIds: lead.ids,
        leadUnitNames: lead.names,
        supportingUnitIds: supporting.ids,
        supportingUnitNames: supporting.names,
        responsibleMember: value.responsibleMember,
        dueDate: value.dueDate || null,
        recurrence: value.recurrence,
        // Editing keeps where the task was read from; a new one was typed by hand.
        sourceBlockId: task?.sourceBlockId ?? null,
        sourceSection: task?.sourceSection ?? null,
        remarks: value.remarks,
      };
      const saved = task ? await callApi('tasks.update', { id: task.id, ...input }) : await callApi('tasks.create', input);
      notifySaved(saved.content.length > 80 ? `${saved.content.slice(0, 80)}…` : saved.content, task ? 'Đã sửa nhiệm vụ' : 'Đã thêm nhiệm vụ');
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={requestClose} title={task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'} size="xl" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          {!task && (
            <Select
              label="Kết luận giao nhiệm vụ"
              placeholder="Không thuộc kết luận nào"
              searchable
              clearable
              data={conclusionOptions(conclusions.data ?? [])}
              value={value.conclusionId}
              onChange={(conclusionId) => {
                setValue({ ...value, conclusionId });
                clear('conclusionId');
              }}
            />
          )}
          <Textarea
            label="Nội dung nhiệm vụ"
            autosize
            minRows={3}
            maxRows={12}
            value={value.content}
            onChange={(e) => {
              setValue({ ...value, content: e.currentTarget.value });
              clear('content');
            }}
            error={errors.content}
            required
            data-autofocus
          />
          <SimpleGrid cols={2}>
            <MultiSelect
              label="Đơn vị chủ trì"
              placeholder={value.lead.length ? undefined : 'Chọn đơn vị'}
              searchable
              data={unitData}
              value={value.lead}
              onChange={(v) => {
                setValue({ ...value, lead: v });
                clear('leadUnitIds', 'leadUnitNames');
              }}
              error={errors.leadUnitIds}
              nothingFoundMessage="Không có đơn vị nào khớp"
            />
            <MultiSelect
              label="Đơn vị phối hợp"
              placeholder={value.supporting.length ? undefined : 'Chọn đơn vị'}
              searchable
              data={unitData}
              value={value.supporting}
              onChange={(v) => {
                setValue({ ...value, supporting: v });
                clear('supportingUnitIds', 'supportingUnitNames');
              }}
              error={errors.supportingUnitIds}
              nothingFoundMessage="Không có đơn vị nào khớp"
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput
              label="Ủy viên Ban Thường vụ phụ trách"
              value={value.responsibleMember}
              onChange={(e) => {
                setValue({ ...value, responsibleMember: e.currentTarget.value });
                clear('responsibleMember');
              }}
              error={errors.responsibleMember}
            />
            <DateField
              label="Thời hạn"
              value={value.dueDate}
              onChange={(v) => {
                setValue({ ...value, dueDate: v });
                clear('dueDate');
              }}
              error={errors.dueDate}
            />
            <Select
              label="Lặp lại"
              data={[{ value: 'none', label: 'Không lặp lại' }, ...recurrences.map((r) => ({ value: r, label: recurrenceLabels[r] }))]}
              value={value.recurrence ?? 'none'}
              onChange={(v) => setValue({ ...value, recurrence: v && v !== 'none' ? (v as Recurrence) : null })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea
            label="Ghi chú"
            autosize
            minRows={2}
            value={value.remarks}
            onChange={(e) => {
              setValue({ ...value, remarks: e.currentTarget.value });
              clear('remarks');
            }}
            error={errors.remarks}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Hủy
            </Button>
            <Button type="submit" loading={saving}>
              {task ? 'Lưu' : 'Thêm nhiệm vụ'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
