import { useApiQuery } from '../api/use-api';

/**
 * Today as the core sees it (ISO). Deadlines are judged by the core's clock, not the
 * browser's, so the calendar and default dates agree with "quá hạn" in the lists.
 */
export function useToday(): string | undefined {
  return useApiQuery('app.info', {}).data?.today.slice(0, 10);
}
