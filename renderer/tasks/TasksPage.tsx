import { matchRoute } from '../app/router';
import { AssignTasks } from './AssignTasks';
import { TaskDetail } from './TaskDetail';
import { TasksList } from './TasksList';

/**
 * "/tasks" lists (views and filters), "/tasks/assign/<conclusionId>" reviews the tasks read
 * from a conclusion before assigning them, "/tasks/<id>" opens one task.
 */
export function TasksPage({ path }: { path: string }) {
  const assign = matchRoute('/tasks/assign/:conclusionId', path);
  if (assign?.conclusionId) return <AssignTasks key={assign.conclusionId} conclusionId={assign.conclusionId} />;
  const open = matchRoute('/tasks/:id', path);
  if (open?.id) return <TaskDetail key={open.id} id={open.id} />;
  return <TasksList path={path} />;
}
