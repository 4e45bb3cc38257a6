import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { callApi, errorMessage } from './client';

export interface ApiQuery<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads a contract method's value; reloads when `key` changes or on demand. */
export function useApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, key = ''): ApiQuery<ApiOutput<M>> {
  const [data, setData] = useState<ApiOutput<M> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    let alive = true;
    setLoading(true);
    callApi(method, inputRef.current)
      .then((value) => {
        if (!alive) return;
        setData(value);
        setError(null);
      })
      .catch((err: unknown) => {
        if (alive) setError(errorMessage(err));
      })
      .finally(() => {
        if (alive) setLoading(false);
      });
    return () => {
      alive = false;
    };
  }, [method, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
