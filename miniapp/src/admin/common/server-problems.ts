import { getIn, pathKey } from './paths';
import { unique, type Problem } from './schema-problems';

/** A problem the server named (a saved draft's, a refused write's), with the value it was about. */
export interface ServerProblem extends Problem {
  seen: string;
}

const snapshot = (value: unknown) => JSON.stringify(value) ?? '';

/** The server's problems about `value` as it is now. */
export function stampProblems(problems: ReadonlyArray<Problem>, value: unknown): ServerProblem[] {
  return problems.map((p) => ({ ...p, seen: snapshot(getIn(value, p.path)) }));
}

/**
 * The problems to show for `value`: those checked here, then each of the server's while the value it
 * is about is unchanged. Where the shared schema finds something here too, its words are shown and
 * the server's (the same rule, maybe worded otherwise) are not.
 */
export function shownProblems(
  checked: ReadonlyArray<Problem>,
  server: ReadonlyArray<ServerProblem>,
  value: unknown,
): Problem[] {
  const checkedAt = new Set(checked.map((p) => pathKey(p.path)));
  const still = server.filter((p) => p.seen === snapshot(getIn(value, p.path)) && !checkedAt.has(pathKey(p.path)));
  return unique([...checked, ...still]);
}
