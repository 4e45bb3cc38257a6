import { useEffect, useRef, useState } from 'react';

/** Hash routes ("#/meetings/ID"): they work from file:// in Electron and over HTTP alike. */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/**
 * Asked before the screen changes; resolves true when the screen may go (its work saved or
 * knowingly dropped). One at a time: only one form is open.
 */
export type LeaveGuard = () => boolean | Promise<boolean>;

let guard: LeaveGuard | null = null;
/** The path on screen; a hash change becomes it only once the guard lets it. */
let shownPath = currentPath();
const listeners = new Set<(path: string) => void>();
let asking = false;

function show(path: string): void {
  shownPath = path;
  for (const l of listeners) l(path);
}

function onHashChange(): void {
  const target = currentPath();
  if (target === shownPath) return;
  const ask = guard;
  const answer = asking ? false : ask ? ask() : true;
  if (answer === true) {
    show(target);
    return;
  }
  // A hash change cannot be cancelled: put the address back (without a new history entry or
  // event), ask, and go on only if the form lets us.
  window.history.replaceState(window.history.state, '', `#${shownPath}`);
  if (answer === false) return;
  asking = true;
  void answer
    .catch(() => false)
    .then((ok) => {
      asking = false;
      if (!ok) return;
      if (guard === ask) guard = null;
      window.history.pushState(window.history.state, '', `#${target}`);
      show(target);
    });
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', onHashChange);

export function useRoute(): string {
  const [path, setPath] = useState(shownPath);
  useEffect(() => {
    listeners.add(setPath);
    setPath(shownPath);
    return () => {
      listeners.delete(setPath);
    };
  }, []);
  return path;
}

/** While mounted, leaving the screen asks `ask` first (it reads the form at the time of leaving). */
export function useLeaveGuard(ask: LeaveGuard): void {
  const latest = useRef(ask);
  latest.current = ask;
  useEffect(() => {
    const registered: LeaveGuard = () => latest.current();
    guard = registered;
    return () => {
      if (guard === registered) guard = null;
    };
  }, []);
}

/** Matches "/meetings/:id" style patterns; returns params or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.split('?')[0]!.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i += 1) {
    const seg = p[i]!;
    const val = a[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(val);
    else if (seg !== val) return null;
  }
  return params;
}
