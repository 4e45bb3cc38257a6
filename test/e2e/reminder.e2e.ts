import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { completeFirstRun } from './support/pages';

describe('start-up reminder of overdue and due-soon tasks', () => {
  const app = useApp();

  it('tells on start-up how many tasks are overdue and due within 7 days, and opens the overdue view', async () => {
    await completeFirstRun(app.page);
    await app.setNow('2026-06-10T09:00:00');
    const task = (dueDate: string) =>
      app.core.dispatch('tasks.create', { content: `Báo cáo kết quả giải phóng mặt bằng hạn ${dueDate}`, leadUnitIds: ['seed-peoplesCommittee'], dueDate });
    await task('2026-06-01');
    await task('2026-06-05');
    await task('2026-06-12');
    // A new start of the app (the clock lives in the core, so set it again after restarting).
    await app.restart();
    await app.setNow('2026-06-10T09:00:00');
    await app.page.reload();
    const notice = app.page.getByText('Có 2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày');
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    // The home counters agree.
    await app.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    await expect.poll(() => app.page.getByRole('link', { name: 'Nhiệm vụ quá hạn 2', exact: true }).isVisible()).toBe(true);
    await app.page.getByRole('button', { name: 'Xem nhiệm vụ quá hạn' }).click();
    await app.page.getByText('Báo cáo kết quả giải phóng mặt bằng hạn 2026-06-01').first().waitFor();
    expect(await app.page.getByText('Báo cáo kết quả giải phóng mặt bằng hạn 2026-06-12').count()).toBe(0);
  });
});
