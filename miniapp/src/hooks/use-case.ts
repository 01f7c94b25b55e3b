import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { type ApplicationView } from '@onetrip/shared';
import { type AsyncState } from '@/hooks/use-async';
import { errorMessage, isApiError } from '@/services/api-error';
import { getApplication } from '@/services/applications';

export const CONFLICT_MESSAGE = '内容已更新，已为您刷新';

export type WriteOutcome =
  | { ok: true; view: ApplicationView }
  /** `conflict`: the case changed elsewhere; it has been reloaded and the user told. */
  | { ok: false; conflict: boolean; error: unknown };

export interface CaseState extends AsyncState<ApplicationView> {
  /**
   * Runs a version-guarded write with the current version and keeps its answer. On 409
   * VERSION_CONFLICT the case is reloaded and the user told '内容已更新，已为您刷新'; any other
   * failure is shown as a toast (the service calls are silent) unless `quiet`.
   */
  write: (run: (version: number) => Promise<ApplicationView>, options?: { quiet?: boolean }) => Promise<WriteOutcome>;
  /** Grows each time the case was replaced by a reload after a conflict: forms drop their edits. */
  refreshed: number;
  /** The latest copy, for callbacks that run after an await. */
  current: () => ApplicationView | undefined;
  /** Loads the case again; resolves with it (undefined when that failed). */
  refresh: () => Promise<ApplicationView | undefined>;
}

/**
 * One case, loaded on open and again whenever the page is shown again (coming back from a step
 * may have changed its version).
 */
export function useCase(id: string): CaseState {
  const [view, setView] = useState<ApplicationView>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [refreshed, setRefreshed] = useState(0);
  const viewRef = useRef<ApplicationView>();
  const round = useRef(0);

  const keep = useCallback((next: ApplicationView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  const load = useCallback(async (): Promise<ApplicationView | undefined> => {
    const mine = ++round.current;
    setLoading(true);
    try {
      const next = await getApplication(id);
      // A read that left before a write came back may carry an older version: keep the newer copy.
      const newer = viewRef.current && viewRef.current.id === next.id && viewRef.current.version > next.version;
      if (mine === round.current && !newer) {
        keep(next);
        setError(undefined);
      }
      return newer ? viewRef.current : next;
    } catch (e) {
      if (mine === round.current) setError(e);
      return undefined;
    } finally {
      if (mine === round.current) setLoading(false);
    }
  }, [id, keep]);

  useEffect(() => {
    void load();
    return () => {
      round.current += 1; // drop answers that arrive after unmount
    };
  }, [load]);

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void load();
    shown.current = true;
  });

  const reload = useCallback(() => void load(), [load]);

  const write = useCallback<CaseState['write']>(
    async (run, { quiet } = {}) => {
      const current = viewRef.current;
      if (!current) return { ok: false, conflict: false, error: new Error('办件尚未加载') };
      try {
        const next = await run(current.version);
        keep(next);
        return { ok: true, view: next };
      } catch (e) {
        if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
          await load();
          setRefreshed((n) => n + 1);
          void Taro.showToast({ title: CONFLICT_MESSAGE, icon: 'none', duration: 2500 });
          return { ok: false, conflict: true, error: e };
        }
        if (!quiet) void Taro.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 });
        return { ok: false, conflict: false, error: e };
      }
    },
    [keep, load],
  );

  const current = useCallback(() => viewRef.current, []);
  return { data: view, error, loading, reload, write, refreshed, current, refresh: load };
}
