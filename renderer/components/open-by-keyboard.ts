/**
 * Rows and cards that open something on a click also open from the keyboard: Tab reaches them,
 * Enter or Space opens, and a visible ring shows where focus is (class `vpdu-openable`,
 * styled in app/openable.css). Keys pressed on a button inside the row stay that button's.
 */
import type { KeyboardEvent } from 'react';

export function openableProps(open: (() => void) | undefined, label?: string) {
  if (!open) return {};
  return {
    tabIndex: 0,
    className: 'vpdu-openable',
    'aria-label': label,
    onClick: open,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    },
    style: { cursor: 'pointer' },
  };
}
