/**
 * "Bảng gọn" of Giao nhiệm vụ: one line per proposed task (chosen, content, lead units,
 * deadline) so 30 tasks fit on a few screens; "Sửa" opens the full card under its row.
 */
import { Button, Checkbox, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { Unit } from '../../shared/units/schema';
import { formatShortDate } from '../../shared/text/party-date';
import type { ProposalDraft } from './proposal-draft';
import { valuesToChoice } from './unit-choice';

function leadNames(d: ProposalDraft, units: readonly Unit[]): string {
  const choice = valuesToChoice(d.lead);
  const names = [...choice.ids.map((id) => units.find((u) => u.id === id)?.shortName ?? id), ...choice.names];
  return names.length > 0 ? names.join(', ') : '—';
}

export function ProposalTable({
  drafts,
  units,
  commonDue,
  editing,
  onEdit,
  onChange,
  renderCard,
}: {
  drafts: ProposalDraft[];
  units: readonly Unit[];
  commonDue: string | null;
  editing: string | null;
  onEdit: (key: string | null) => void;
  onChange: (key: string, patch: Partial<ProposalDraft>) => void;
  renderCard: (d: ProposalDraft, index: number) => ReactNode;
}) {
  return (
    <Table aria-label="Các nhiệm vụ đề xuất" verticalSpacing={6} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56}>Giao</Table.Th>
          <Table.Th>Nội dung</Table.Th>
          <Table.Th w={190}>Chủ trì</Table.Th>
          <Table.Th w={170}>Thời hạn</Table.Th>
          <Table.Th w={90} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {drafts.map((d, i) => (
          <Fragment key={d.key}>
            <Table.Tr>
              <Table.Td>
                <Checkbox
                  aria-label={`Giao nhiệm vụ ${i + 1}`}
                  checked={d.accepted}
                  onChange={(e) => onChange(d.key, { accepted: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} c={d.accepted ? undefined : 'dimmed'}>
                  {d.content || '(chưa có nội dung)'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {leadNames(d, units)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{d.dueDate ? formatShortDate(d.dueDate) : commonDue ? `${formatShortDate(commonDue)} (chung)` : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" aria-expanded={editing === d.key} onClick={() => onEdit(editing === d.key ? null : d.key)} aria-label={`${editing === d.key ? 'Thu gọn' : 'Sửa'} nhiệm vụ ${i + 1}`}>
                  {editing === d.key ? 'Thu gọn' : 'Sửa'}
                </Button>
              </Table.Td>
            </Table.Tr>
            {editing === d.key && (
              <Table.Tr>
                <Table.Td colSpan={5}>{renderCard(d, i)}</Table.Td>
              </Table.Tr>
            )}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
