import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { asApiError, type ApiError } from '@/services/api-error';

export interface ResourceOptions<T> {
  /** Load again whenever the page is shown again: coming back from another page may have changed it. */
  reloadOnShow?: boolean;
  /**
   * The record's version (what a write sends as `If-Match`). With it, a read that left before a write
   * came back and carries an older version does not replace the newer copy.
   */
  versionOf?: (data: T) => number;
}

export interface Resource<T> {
  /** The last answer; stays on screen while a reload runs. */
  data: T | undefined;
  /** Why the last load failed (anything thrown is turned into an ApiError). */
  error: ApiError | undefined;
  loading: boolean;
  /** `versionOf(data)` when the resource has one: what a write sends as `If-Match`. */
  version: number | undefined;
  /** Loads again; for 重试 buttons and page events that do not wait. */
  retry: () => void;
  /** Loads again; resolves with the copy now shown (undefined when the load failed). */
  refresh: () => Promise<T | undefined>;
  /** Shows what a write answered with; a read still on its way is older and is dropped. */
  keep: (next: T) => void;
  /** The latest copy, for callbacks that run after an await. */
  current: () => T | undefined;
}

/** What a view of the read needs (<Remote>): no writes. */
export type ResourceView<T> = Pick<Resource<T>, 'data' | 'error' | 'loading' | 'retry'>;

interface Shown<T> {
  data?: T;
  /** The `load` the data came from: a failed load of something else must not leave it on screen. */
  source?: () => Promise<T>;
}

/**
 * The one way a page reads from the API. Runs `load` on mount and whenever it changes (memoise it with
 * useCallback, its dependencies being what it reads), and again on `retry`/`refresh`. An answer that
 * arrives after a newer load started, or after unmount, is dropped. A failed reload of the same thing
 * keeps the last copy on screen; a failed load of something else (another tab, another id) drops it.
 */
export function useResource<T>(load: () => Promise<T>, options: ResourceOptions<T> = {}): Resource<T> {
  const { reloadOnShow = false } = options;
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const shown = useRef<Shown<T>>({});
  const round = useRef(0);
  // Read through a ref: callers pass an inline function, which must not restart the load at each render.
  const versionOf = useRef(options.versionOf);
  versionOf.current = options.versionOf;

  const run = useCallback(async (): Promise<T | undefined> => {
    const mine = ++round.current;
    setState((prev) => ({ data: prev.data, loading: true }));
    try {
      const next = await load();
      const before = shown.current;
      const version = versionOf.current;
      const older =
        version !== undefined &&
        before.source === load &&
        before.data !== undefined &&
        version(before.data) > version(next);
      if (mine === round.current) {
        if (!older) shown.current = { data: next, source: load };
        setState({ data: shown.current.data, loading: false });
      }
      return older ? before.data : next;
    } catch (e) {
      if (mine === round.current) {
        if (shown.current.source !== load) shown.current = {};
        setState({ data: shown.current.data, error: asApiError(e), loading: false });
      }
      return undefined;
    }
  }, [load]);

  useEffect(() => {
    void run();
    return () => {
      round.current += 1; // drop answers that arrive after unmount or for the previous `load`
    };
  }, [run]);

  const shownBefore = useRef(false);
  useDidShow(() => {
    if (reloadOnShow && shownBefore.current) void run();
    shownBefore.current = true;
  });

  const keep = useCallback(
    (next: T) => {
      round.current += 1;
      shown.current = { data: next, source: load };
      setState({ data: next, loading: false });
    },
    [load],
  );

  const retry = useCallback(() => void run(), [run]);
  const current = useCallback(() => shown.current.data, []);
  const version = state.data !== undefined && options.versionOf ? options.versionOf(state.data) : undefined;

  return { data: state.data, error: state.error, loading: state.loading, version, retry, refresh: run, keep, current };
}
