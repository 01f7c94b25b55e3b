import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isEmptyValue, type ApplicationView, type FormField, type FormValue } from '@onetrip/shared';
import { type VersionedRecord } from '@/hooks/use-versioned-record';
import { fieldProblem, type Values } from './values';

/** The changed values of one save: a key set to `null` is cleared. */
export type FormChanges = Record<string, FormValue | null>;

/**
 * The PATCH that stores form values, with the version it is based on (`If-Match`): the resident's
 * `PATCH /applications/:id` or the counter's `PATCH /counter/cases/:id`.
 */
export type SaveFormData<T> = (id: string, version: number, data: FormChanges) => Promise<T>;

/** What the 已保存 line says. `invalid`: some edits wait for the user to fix them. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';

export const AUTOSAVE_DELAY_MS = 800;

export interface FormDraft {
  values: Values;
  status: SaveStatus;
  /** Keys the user has changed since the page opened (their problems are shown as typed). */
  touched: ReadonlySet<string>;
  setValue: (key: string, value: unknown) => void;
  /** Saves what is waiting now; resolves once nothing is in flight. True when every edit is stored. */
  flush: () => Promise<boolean>;
}

/**
 * The form's values and their autosave: each change restarts an 800 ms timer; then one PATCH sends
 * the changed keys (`null` for a cleared one) with If-Match. A value the shared rule refuses stays
 * on the phone, with its message, until it is fixed. A conflict (someone else saved first) replaces
 * the values with the reloaded case.
 */
export function useFormDraft<T extends ApplicationView>(
  caseState: VersionedRecord<T>,
  save: SaveFormData<T>,
  delay = AUTOSAVE_DELAY_MS,
): FormDraft {
  const { write, refreshed, current } = caseState;
  const start = current() as T;
  const [values, setValues] = useState<Values>(() => ({ ...start.data }));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const valuesRef = useRef(values);
  const dirty = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<boolean> | null>(null);
  const byKey = useMemo(() => new Map<string, FormField>(start.form.fields.map((f) => [f.key, f])), [start]);

  // After a conflict the case on screen is the reloaded one: the edits made on the old one are dropped.
  const seen = useRef(refreshed);
  useEffect(() => {
    if (seen.current === refreshed) return;
    seen.current = refreshed;
    clearTimeout(timer.current);
    dirty.current.clear();
    const fresh = { ...(current()?.data ?? {}) };
    valuesRef.current = fresh;
    setValues(fresh);
    setTouched(new Set());
    setStatus('idle');
  }, [refreshed, current]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    const changes: FormChanges = {};
    const sending: string[] = [];
    for (const key of dirty.current) {
      const field = byKey.get(key);
      const value = valuesRef.current[key];
      if (!field || fieldProblem(field, value)) continue;
      // The shared rule has accepted it, so it is one of the contract's value types.
      changes[key] = isEmptyValue(value) ? null : (value as FormValue);
      sending.push(key);
    }
    if (sending.length === 0) {
      if (dirty.current.size > 0) setStatus('invalid');
      return dirty.current.size === 0;
    }
    for (const key of sending) dirty.current.delete(key);
    setStatus('saving');
    const run = (async () => {
      const outcome = await write((version) => save(start.id, version, changes), { quiet: true });
      if (outcome.ok) {
        // Keys changed meanwhile: a valid one has its own timer running; invalid ones wait for a fix.
        const waiting = [...dirty.current];
        const anyValid = waiting.some((k) => {
          const field = byKey.get(k);
          return field !== undefined && fieldProblem(field, valuesRef.current[k]) === null;
        });
        setStatus(waiting.length === 0 ? 'saved' : anyValid ? 'pending' : 'invalid');
        return waiting.length === 0;
      }
      if (outcome.conflict) {
        dirty.current.clear(); // made on the old case; never sent with the new version
      } else {
        for (const key of sending) dirty.current.add(key);
        setStatus('error');
      }
      return false;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [byKey, save, start.id, write]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const setValue = useCallback(
    (key: string, value: unknown) => {
      valuesRef.current = { ...valuesRef.current, [key]: value };
      setValues(valuesRef.current);
      dirty.current.add(key);
      setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), delay);
    },
    [delay],
  );

  // Leaving the page saves what is waiting.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (dirty.current.size > 0) void flushRef.current();
    },
    [],
  );

  return { values, status, touched, setValue, flush };
}
