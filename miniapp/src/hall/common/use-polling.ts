import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/** After failures the wait doubles up to this, so a hall without network is not hammered. */
const MAX_WAIT_MS = 60_000;

/**
 * Runs `tick` every `everyMs` while `active` and the page is on screen: politely — one at a time (the
 * next waits for the last answer), less often after a failure (`tick` resolves false), and not at all
 * while the page is hidden (another page on top, WeChat in the background). Coming back shows the page
 * again, and the polling resumes from a fresh wait.
 */
export function usePolling(tick: () => Promise<boolean>, everyMs: number, active: boolean): void {
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  const latest = useRef(tick);
  latest.current = tick;

  useEffect(() => {
    if (!active || !shown) return undefined;
    let stopped = false;
    let wait = everyMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer = setTimeout(() => void run(), wait);
    };
    const run = async () => {
      const ok = await latest.current().catch(() => false);
      if (stopped) return;
      wait = ok ? everyMs : Math.min(wait * 2, MAX_WAIT_MS);
      schedule();
    };
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, shown, everyMs]);
}
