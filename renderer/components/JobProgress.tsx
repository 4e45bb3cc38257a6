/**
 * What a long job in the core is doing, shown where the user waits for it: the step in
 * Vietnamese and a bar (how far, when the job knows; moving stripes when it does not).
 * Polls `jobs.active` every POLL_MS only while `active` (the caller has a long call in
 * flight), and shows the first job of the given kinds.
 */
import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { callApi } from '../api/client';

type ActiveJob = ApiOutput<'jobs.active'>['jobs'][number];

export const POLL_MS = 400;

/** The latest state of the first job of `kinds`, polled while `active`; null otherwise. */
export function useJobProgress(active: boolean, kinds: readonly string[]): ActiveJob | null {
  const [job, setJob] = useState<ActiveJob | null>(null);
  const key = kinds.join('|');
  useEffect(() => {
    if (!active) {
      setJob(null);
      return;
    }
    const wanted = new Set(key.split('|'));
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      try {
        const { jobs } = await callApi('jobs.active', {});
        const mine = jobs.filter((j) => wanted.has(j.kind));
        if (!stopped) setJob(mine.find((j) => j.state === 'running') ?? mine[0] ?? null);
      } catch {
        // The bar is a courtesy: a failed poll leaves the last state and tries again.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active, key]);
  return job;
}

export function percentOf(job: Pick<ActiveJob, 'done' | 'total'>): number | null {
  if (job.done === null || job.total === null || job.total <= 0) return null;
  return Math.min(100, Math.round((job.done / job.total) * 100));
}

/** The step and the bar of the job of `kinds` while `active`; `fallback` before the core has said anything. */
export function JobProgress({ active, kinds, fallback }: { active: boolean; kinds: readonly string[]; fallback: string }) {
  const job = useJobProgress(active, kinds);
  if (!active) return null;
  const percent = job ? percentOf(job) : null;
  const step = job?.step ?? fallback;
  return (
    <Stack gap={4} aria-label="Tiến độ công việc">
      <Text size="sm" role="status" aria-live="polite">
        {percent === null ? `${step}…` : `${step}: ${percent}%`}
      </Text>
      <Progress
        aria-label={step}
        value={percent ?? 100}
        striped={percent === null}
        animated={percent === null}
        transitionDuration={200}
      />
    </Stack>
  );
}
