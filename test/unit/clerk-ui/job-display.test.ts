/**
 * The progress line of a long call (renderer/components/job-display.ts): the job's step and
 * count with "Huỷ" where the core allows it, and for "Nhận gói dữ liệu" the honest step of the
 * apply once the core's main thread is busy writing (it answers no poll meanwhile).
 */
import { describe, expect, it } from 'vitest';
import { jobDisplay, type ActiveJob } from '../../../renderer/components/job-display';

const job = (over: Partial<ActiveJob> = {}): ActiveJob => ({
  id: 7,
  kind: 'exchange.openPayload',
  state: 'running',
  startedAt: 1,
  cancellable: true,
  step: 'Đang giải mã gói dữ liệu',
  done: null,
  total: null,
  ...over,
});

const apply = 'Đang ghi 120 thay đổi vào dữ liệu';

describe('jobDisplay', () => {
  it('says the caller’s fallback before the core has said anything', () => {
    expect(jobDisplay({ job: null, seen: false, stalled: false }, 'Đang đọc gói dữ liệu', apply)).toEqual({ step: 'Đang đọc gói dữ liệu', percent: null, cancelId: null });
  });

  it('shows the job’s step and how far, and offers "Huỷ" only for a cancellable job', () => {
    expect(jobDisplay({ job: job({ step: 'Đang ghi tệp', done: 3, total: 4 }), seen: true, stalled: false }, 'x')).toEqual({ step: 'Đang ghi tệp', percent: 75, cancelId: 7 });
    expect(jobDisplay({ job: job({ cancellable: false }), seen: true, stalled: false }, 'x').cancelId).toBeNull();
  });

  it('once the poll goes unanswered, says the apply is writing (not the step that is over) and offers no "Huỷ"', () => {
    expect(jobDisplay({ job: job(), seen: true, stalled: true }, 'Đang đọc gói dữ liệu', apply)).toEqual({ step: apply, percent: null, cancelId: null });
  });

  it('says the same when the jobs have ended while the call still runs', () => {
    expect(jobDisplay({ job: null, seen: true, stalled: false }, 'Đang đọc gói dữ liệu', apply).step).toBe(apply);
  });

  it('without a write to come, an unanswered poll keeps the last step, and "Huỷ" waits for an answer', () => {
    expect(jobDisplay({ job: job(), seen: true, stalled: true }, 'x')).toEqual({ step: 'Đang giải mã gói dữ liệu', percent: null, cancelId: null });
  });
});
