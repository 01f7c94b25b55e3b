/**
 * A write that failed because the disk (or the user's disk quota) is full.
 * That is the operator's problem, not the caller's: the error handler answers
 * 507 STORAGE_FULL and logs it at error level, whichever module wrote. System
 * errors carry the code on themselves or, wrapped, on their `cause`.
 */
export function isStorageFull(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return true;
  }
  return false;
}
