import type { UnitRef } from '../units/types';
import { matchUnits } from './unit-matching';

/**
 * The written unit names of a proposal that are not already one of its directory units
 * ("Thủ trưởng các cơ quan, đơn vị", "các xóm"): these are kept as free names on the task.
 */
export function unmatchedNames(names: readonly string[], unitIds: readonly string[], units: readonly UnitRef[]): string[] {
  const ids = new Set(unitIds);
  return names.filter((name) => !matchUnits(name, [...units]).some((u) => ids.has(u.id)));
}
