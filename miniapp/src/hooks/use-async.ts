import { useCallback, useEffect, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when it changes (memoise it with useCallback) and on `reload()`.
 * An answer that arrives after a newer call started, or after unmount, is dropped.
 * While reloading, the previous data stays on screen.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let stale = false;
    setState((prev) => ({ data: prev.data, loading: true }));
    load().then(
      (data) => {
        if (!stale) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!stale) setState({ error, loading: false });
      },
    );
    return () => {
      stale = true;
    };
  }, [load, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
