/** The progress bookkeeping of long jobs (electron/jobs/job-progress.ts): what the pool keeps and what a thread posts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialProgress, nextProgress, reportProgress, setProgressReporter, type JobProgress } from '../../../electron/jobs/job-progress';

describe('nextProgress', () => {
  const copying: JobProgress = { step: 'Đang sao chép dữ liệu', done: 40, total: 100 };

  it('starts from the kind’s own Vietnamese label, indeterminate', () => {
    expect(initialProgress('backup.copyAndSeal')).toEqual({ step: 'Đang sao lưu', done: null, total: null });
    expect(initialProgress('unknown.kind')).toEqual({ step: 'Đang xử lý', done: null, total: null });
  });

  it('takes a new count of the same step, and a new step with its own count', () => {
    expect(nextProgress(copying, { step: 'Đang sao chép dữ liệu', done: 60, total: 100 })).toEqual({ step: 'Đang sao chép dữ liệu', done: 60, total: 100 });
    expect(nextProgress(copying, { step: 'Đang chép tệp minh chứng', done: 0, total: 3 })).toEqual({ step: 'Đang chép tệp minh chứng', done: 0, total: 3 });
  });

  it('never goes back within a step, and never past the total', () => {
    expect(nextProgress(copying, { step: 'Đang sao chép dữ liệu', done: 10, total: 100 }).done).toBe(40);
    expect(nextProgress(copying, { step: 'Đang sao chép dữ liệu', done: 500, total: 100 }).done).toBe(100);
  });

  it('a step without a size is indeterminate; a report without a label keeps the label', () => {
    expect(nextProgress(copying, { step: 'Đang kiểm tra toàn vẹn bản sao lưu', done: null, total: null })).toEqual({
      step: 'Đang kiểm tra toàn vẹn bản sao lưu',
      done: null,
      total: null,
    });
    expect(nextProgress(copying, { step: '  ', done: 70, total: 100 })).toEqual({ step: 'Đang sao chép dữ liệu', done: 70, total: 100 });
  });

  it('drops malformed counts from a thread', () => {
    expect(nextProgress(copying, { step: 'x', done: Number.NaN, total: 10 })).toEqual({ step: 'x', done: 0, total: 10 });
    expect(nextProgress(copying, { step: 'x', done: 3, total: -1 })).toEqual({ step: 'x', done: null, total: null });
    expect(nextProgress(copying, { step: 'x', done: 2.7, total: 9.2 })).toEqual({ step: 'x', done: 2, total: 9 });
  });
});

describe('reportProgress in a job thread', () => {
  afterEach(() => {
    setProgressReporter(null);
    vi.useRealTimers();
  });

  it('does nothing outside a job', () => {
    expect(() => reportProgress('Đang sao lưu', 1, 2)).not.toThrow();
  });

  it('posts a step change and the last count at once, and at most one count of a step per interval', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const posted: JobProgress[] = [];
    setProgressReporter((p) => posted.push(p));
    reportProgress('Đang sao chép dữ liệu', 0, 100);
    reportProgress('Đang sao chép dữ liệu', 10, 100); // too soon: dropped
    vi.advanceTimersByTime(150);
    reportProgress('Đang sao chép dữ liệu', 20, 100);
    reportProgress('Đang sao chép dữ liệu', 100, 100); // the last count
    reportProgress('Đang kiểm tra toàn vẹn bản sao lưu'); // a new step
    expect(posted.map((p) => [p.step, p.done])).toEqual([
      ['Đang sao chép dữ liệu', 0],
      ['Đang sao chép dữ liệu', 20],
      ['Đang sao chép dữ liệu', 100],
      ['Đang kiểm tra toàn vẹn bản sao lưu', null],
    ]);
  });
});
