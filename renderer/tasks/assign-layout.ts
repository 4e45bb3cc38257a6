/**
 * How "Giao nhiệm vụ" shows the proposed tasks, remembered on this computer: a clerk who
 * prefers the compact table for thirty tasks should not have to pick it for every conclusion.
 */
export type AssignLayout = 'cards' | 'table';

const KEY = 'vpdu:assign-layout';

export function rememberedAssignLayout(): AssignLayout {
  try {
    return window.localStorage.getItem(KEY) === 'table' ? 'table' : 'cards';
  } catch {
    return 'cards';
  }
}

export function rememberAssignLayout(layout: AssignLayout): void {
  try {
    window.localStorage.setItem(KEY, layout);
  } catch {
    // Storage disabled or full: the choice holds for this screen only.
  }
}
