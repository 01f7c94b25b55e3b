import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { type StaffApplicationView } from '@onetrip/shared';
import { type AsyncState } from '@/hooks/use-async';
import { errorMessage, isApiError } from '@/services/api-error';
import { getStaffApplication } from '@/services/staff';

export const CONFLICT_MESSAGE = '办件已被更新，已为您刷新';

export interface StaffCaseState extends AsyncState<StaffApplicationView> {
  /**
   * Runs a write with the current version (`If-Match`). On 409 VERSION_CONFLICT the case is reloaded
   * with a toast; any other failure is shown as a toast. Resolves true when the write succeeded.
   */
  write: (run: (version: number) => Promise<StaffApplicationView>) => Promise<boolean>;
}

/** One case as the window sees it (GET /staff/applications/:id). */
export function useStaffCase(id: string): StaffCaseState {
  const [view, setView] = useState<StaffApplicationView>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const viewRef = useRef<StaffApplicationView>();
  const round = useRef(0);

  const keep = useCallback((next: StaffApplicationView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  const load = useCallback(async () => {
    const mine = ++round.current;
    setLoading(true);
    try {
      const next = await getStaffApplication(id);
      if (mine === round.current) {
        keep(next);
        setError(undefined);
      }
    } catch (e) {
      if (mine === round.current) setError(e);
    } finally {
      if (mine === round.current) setLoading(false);
    }
  }, [id, keep]);

  useEffect(() => {
    void load();
    return () => {
      round.current += 1;
    };
  }, [load]);

  const write = useCallback<StaffCaseState['write']>(
    async (run) => {
      const current = viewRef.current;
      if (!current) return false;
      try {
        keep(await run(current.version));
        return true;
      } catch (e) {
        if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
          await load();
          void Taro.showToast({ title: CONFLICT_MESSAGE, icon: 'none', duration: 2500 });
        } else {
          void Taro.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 });
        }
        return false;
      }
    },
    [keep, load],
  );

  return { data: view, error, loading, reload: () => void load(), write };
}
