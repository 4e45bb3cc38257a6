import type { HomeTaskProvider } from '../home/home-service';
import { listTasks, taskCounters } from './tasks-service';

/** Counters and the due-soon list of the home screen (also the start-up reminder). */
export const homeTasks: HomeTaskProvider = (ctx) => {
  const c = taskCounters(ctx);
  const overdue = listTasks(ctx, { view: 'overdue', unitRole: 'any', limit: 10, offset: 0 }).items;
  const week = listTasks(ctx, { view: 'week', unitRole: 'any', limit: 10, offset: 0 }).items;
  return {
    counts: { openTasks: c.open, overdueTasks: c.overdue, dueThisWeek: c.dueThisWeek },
    dueSoon: [...overdue, ...week].slice(0, 12).map((t) => ({
      id: t.id,
      content: t.content,
      dueDate: t.dueDate,
      leadUnits: t.leadUnits,
      overdue: t.overdue,
    })),
  };
};
