import { createContext, useContext, useMemo, type PropsWithChildren } from 'react';
import { isUnder, pathKey, type Path } from './paths';
import { type Problem } from './schema-problems';

interface ProblemIndex {
  all: ReadonlyArray<Problem>;
  byPath: ReadonlyMap<string, string[]>;
}

const ProblemContext = createContext<ProblemIndex>({ all: [], byPath: new Map() });

/** The problems of what is being edited, for each field to find its own (`useProblemAt`). */
export function ProblemProvider({ problems, children }: PropsWithChildren<{ problems: ReadonlyArray<Problem> }>) {
  const index = useMemo(() => {
    const byPath = new Map<string, string[]>();
    for (const p of problems) {
      const key = pathKey(p.path);
      byPath.set(key, [...(byPath.get(key) ?? []), p.message]);
    }
    return { all: problems, byPath };
  }, [problems]);
  return <ProblemContext.Provider value={index}>{children}</ProblemContext.Provider>;
}

/** What is wrong exactly at `path` (several problems in one line), or undefined. */
export function useProblemAt(path: Path): string | undefined {
  const messages = useContext(ProblemContext).byPath.get(pathKey(path));
  return messages?.join('；');
}

/** How many problems lie at `path` or inside it (a folded section's count). */
export function useProblemCount(paths: ReadonlyArray<Path>): number {
  const { all } = useContext(ProblemContext);
  return all.filter((p) => paths.some((prefix) => isUnder(p.path, prefix))).length;
}
