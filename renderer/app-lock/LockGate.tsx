/**
 * Shows the lock screen instead of the app while the core says it is locked, and locks
 * after the chosen spell of inactivity. The core enforces the lock itself (every other
 * call is refused while locked); this only draws it and notices when it happens.
 */
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { callApi, LOCKED_EVENT } from '../api/client';
import { LockScreen } from './LockScreen';

type Status = ApiOutput<'lock.status'>;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

export function LockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status | null>(null);

  const refresh = useCallback(() => {
    callApi('lock.status', {})
      .then(setStatus)
      .catch(() => setStatus({ enabled: false, locked: false, idleMinutes: 0 }));
  }, []);

  useEffect(refresh, [refresh]);

  useEffect(() => {
    const onLocked = () => refresh();
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, [refresh]);

  const idleMinutes = status && status.enabled && !status.locked ? status.idleMinutes : 0;
  useEffect(() => {
    if (!idleMinutes) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        void callApi('lock.lockNow', {}).then(setStatus).catch(refresh);
      }, idleMinutes * 60_000);
    };
    arm();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, arm, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, arm);
    };
  }, [idleMinutes, refresh]);

  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
  if (status.locked) return <LockScreen onUnlocked={setStatus} />;
  return <>{children}</>;
}
