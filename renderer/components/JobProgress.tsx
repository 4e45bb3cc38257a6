/**
 * What a long job in the core is doing, shown where the user waits for it: the step in
 * Vietnamese and a bar (how far, when the job knows; moving stripes when it does not), and
 * "Huỷ" when the core says the job may be cancelled.
 * Polls `jobs.active` every POLL_MS only while `active` (the caller has a long call in
 * flight), and shows the first job of the given kinds.
 *
 * A write into the data (a received package applied in one transaction) runs on the core's
 * main thread, which then answers nothing, not even `jobs.active`: a poll unanswered for
 * STALL_MS, or the jobs gone while the call still runs, shows the caller's `thenStep` instead
 * of a step that is over.
 */
import { Affix, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { callApi } from '../api/client';
import { jobDisplay, type JobWatch } from './job-display';

export const POLL_MS = 400;
export const STALL_MS = 1200;

const idle: JobWatch = { job: null, seen: false, stalled: false };

/** The job of `kinds` the caller waits for, polled while `active`. */
export function useJobProgress(active: boolean, kinds: readonly string[]): JobWatch {
  const [watch, setWatch] = useState<JobWatch>(idle);
  const key = kinds.join('|');
  useEffect(() => {
    setWatch(idle);
    if (!active) return;
    const wanted = new Set(key.split('|'));
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stall: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      stall = setTimeout(() => !stopped && setWatch((w) => ({ ...w, stalled: true })), STALL_MS);
      try {
        const { jobs } = await callApi('jobs.active', {});
        const mine = jobs.filter((j) => wanted.has(j.kind));
        const job = mine.find((j) => j.state === 'running') ?? mine[0] ?? null;
        if (!stopped) setWatch((w) => ({ job, seen: w.seen || job !== null, stalled: false }));
      } catch {
        // The bar is a courtesy: a failed poll leaves the last state and tries again.
      }
      if (stall) clearTimeout(stall);
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (stall) clearTimeout(stall);
    };
  }, [active, key]);
  return watch;
}

export interface JobProgressProps {
  active: boolean;
  kinds: readonly string[];
  /** The step before the core has said anything. */
  fallback: string;
  /** The step once the jobs are over but the call is not (a write on the core's main thread). */
  thenStep?: string | undefined;
  /** Shows nothing until a job of `kinds` appears (a Save dialog comes before it). */
  hideUntilJob?: boolean;
}

/** The step, the bar and "Huỷ" of the job of `kinds` while `active`. */
export function JobProgress(props: JobProgressProps) {
  const watch = useJobProgress(props.active, props.kinds);
  return <JobProgressView {...props} watch={watch} />;
}

function JobProgressView({ active, fallback, thenStep, hideUntilJob = false, watch }: JobProgressProps & { watch: JobWatch }) {
  const { seen } = watch;
  const [cancelling, setCancelling] = useState<number | null>(null);
  useEffect(() => {
    if (!active) setCancelling(null);
  }, [active]);
  if (!active || (hideUntilJob && !seen)) return null;
  const { step, percent, cancelId } = jobDisplay(watch, fallback, thenStep);

  const cancel = async (id: number) => {
    setCancelling(id);
    try {
      // 'finished': the job ended meanwhile and its call completes as usual.
      await callApi('jobs.cancel', { id });
    } catch {
      setCancelling(null);
    }
  };

  return (
    <Stack gap={4} aria-label="Tiến độ công việc">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" role="status" aria-live="polite">
          {cancelling !== null && cancelling === cancelId ? 'Đang huỷ…' : percent === null ? `${step}…` : `${step}: ${percent}%`}
        </Text>
        {cancelId !== null && (
          <Button size="compact-sm" variant="default" loading={cancelling === cancelId} onClick={() => void cancel(cancelId)}>
            Huỷ
          </Button>
        )}
      </Group>
      <Progress aria-label={step} value={percent ?? 100} striped={percent === null} animated={percent === null} transitionDuration={200} />
    </Stack>
  );
}

/**
 * The same, floating at the bottom right of the window: for an export started from a menu or
 * a toolbar, where the page has no room of its own for it. Appears only once the job runs.
 */
export function JobProgressNotice(props: Omit<JobProgressProps, 'hideUntilJob'>) {
  const watch = useJobProgress(props.active, props.kinds);
  if (!props.active || !watch.seen || watch.job === null) return null;
  return (
    <Affix position={{ bottom: 20, right: 20 }} zIndex={300}>
      <Paper withBorder shadow="md" p="sm" w={380} aria-label="Công việc đang chạy" role="region">
        <JobProgressView {...props} watch={watch} hideUntilJob />
      </Paper>
    </Affix>
  );
}
