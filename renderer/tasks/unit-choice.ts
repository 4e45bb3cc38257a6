/**
 * Units of a task as one MultiSelect value: directory units by id, and names written in the
 * conclusion that are not in the directory ("Các đồng chí Ủy viên Ban Thường vụ") as
 * prefixed values, so both kinds can be chosen, kept or removed in the same field.
 */
import type { ComboboxData } from '@mantine/core';
import { matchUnits } from '../../shared/tasks/unit-matching';
import type { Unit } from '../../shared/units/schema';

const FREE_NAME = 'ten:';

export interface UnitChoice {
  ids: string[];
  names: string[];
}

export function choiceToValues(choice: UnitChoice): string[] {
  return [...choice.ids, ...choice.names.map((n) => `${FREE_NAME}${n}`)];
}

export function valuesToChoice(values: readonly string[]): UnitChoice {
  return {
    ids: values.filter((v) => !v.startsWith(FREE_NAME)),
    names: values.filter((v) => v.startsWith(FREE_NAME)).map((v) => v.slice(FREE_NAME.length)),
  };
}

/**
 * The names the rules read that stand for no directory unit. The rules list every lead as
 * written, matched ones included ("UBND xã" beside its id): those are dropped here.
 */
export function freeNames(names: readonly string[], units: readonly Unit[]): string[] {
  const refs = units.map((u) => ({ id: u.id, shortName: u.shortName, fullName: u.fullName, aliases: u.aliases }));
  return [...new Set(names.filter((n) => n.trim() !== '' && matchUnits(n, refs).length === 0))];
}

/** Options: the directory, then the written names (and any id no longer in the directory). */
export function unitChoiceData(units: readonly Unit[], choices: readonly UnitChoice[]): ComboboxData {
  const known = new Set(units.map((u) => u.id));
  const directory = units.map((u) => ({ value: u.id, label: u.active ? u.shortName : `${u.shortName} (ngừng dùng)` }));
  const lost = [...new Set(choices.flatMap((c) => c.ids).filter((id) => !known.has(id)))].map((id) => ({ value: id, label: '(đơn vị đã xóa)' }));
  const written = [...new Set(choices.flatMap((c) => c.names))].map((n) => ({ value: `${FREE_NAME}${n}`, label: n }));
  const groups: Array<{ group: string; items: Array<{ value: string; label: string }> }> = [{ group: 'Danh mục đơn vị', items: [...directory, ...lost] }];
  if (written.length > 0) groups.push({ group: 'Tên ghi trong văn bản', items: written });
  return groups;
}
