import { useCallback, useRef, useState } from 'react';
import { errorMessage, isApiError } from '@/services/api-error';
import { toast } from '@/utils/toast';
import { useResource, type Resource } from './use-resource';

export type WriteOutcome<T> =
  | { ok: true; view: T }
  /** `conflict`: the record changed elsewhere; it has been reloaded and the user told. */
  | { ok: false; conflict: boolean; error: unknown };

export interface VersionedRecord<T> extends Resource<T> {
  /**
   * Runs a write with the current version (`If-Match`) and shows its answer. On 409 VERSION_CONFLICT
   * the record is reloaded and the user told `conflictMessage`; any other failure is shown as a toast
   * (the service calls are silent) unless `quiet`. Writes run one after another, each with the
   * version the one before left: a page with several things to change (the counter's form, files and
   * originals at once) does not conflict with itself.
   */
  write: (run: (version: number) => Promise<T>, options?: { quiet?: boolean }) => Promise<WriteOutcome<T>>;
  /** Grows each time the record was replaced by a reload after a conflict: forms drop their edits. */
  refreshed: number;
}

const versionOf = (record: { version: number }) => record.version;

/** A record with a `version` (a case), read with useResource and written with `If-Match`. */
export function useVersionedRecord<T extends { version: number }>(
  load: () => Promise<T>,
  { conflictMessage, reloadOnShow }: { conflictMessage: string; reloadOnShow?: boolean },
): VersionedRecord<T> {
  const resource = useResource(load, { reloadOnShow, versionOf });
  const [refreshed, setRefreshed] = useState(0);
  const { current, keep, refresh } = resource;

  const writeNow = useCallback<VersionedRecord<T>['write']>(
    async (run, { quiet } = {}) => {
      const shown = current();
      if (!shown) return { ok: false, conflict: false, error: new Error('尚未加载') };
      try {
        const next = await run(shown.version);
        keep(next);
        return { ok: true, view: next };
      } catch (e) {
        if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
          await refresh();
          setRefreshed((n) => n + 1);
          toast(conflictMessage);
          return { ok: false, conflict: true, error: e };
        }
        if (!quiet) toast(errorMessage(e));
        return { ok: false, conflict: false, error: e };
      }
    },
    [current, keep, refresh, conflictMessage],
  );

  // `writeNow` never rejects, so the queue never stops.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const write = useCallback<VersionedRecord<T>['write']>(
    (run, options) => {
      const turn = queue.current.then(() => writeNow(run, options));
      queue.current = turn;
      return turn;
    },
    [writeNow],
  );

  return { ...resource, write, refreshed };
}
