import { type ClerkFigures, type DeemedEvent, type WindowFigures } from '@onetrip/shared';
import { type CaseDayRecord, type ConcludedFact } from '../applications';
import { FORMER_WINDOW, type Clerk } from './staff-directory';

export interface DepartmentPeriod {
  finished: number;
  onTime: number;
  deemed: number;
}

export interface PeriodFigures {
  departments: Map<string, DepartmentPeriod>;
  /** latest first */
  deemed: DeemedEvent[];
  windows: WindowFigures[];
  clerks: ClerkFigures[];
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
export const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);

const concerns = (departments: readonly string[], department: string | null) =>
  !department || departments.includes(department);

function departmentOf(map: Map<string, DepartmentPeriod>, name: string): DepartmentPeriod {
  const found = map.get(name) ?? { finished: 0, onTime: 0, deemed: 0 };
  map.set(name, found);
  return found;
}

type ClerkTally = Omit<ClerkFigures, 'onTimeRate'>;
type WindowTally = Omit<WindowFigures, 'onTimeRate'>;

/** One concluded case into the clerks' and windows' tallies: each clerk once, each window once. */
function tallyStaff(
  fact: ConcludedFact,
  directory: Map<string, Clerk>,
  clerks: Map<string, ClerkTally>,
  windows: Map<string, WindowTally>,
) {
  const seenWindows = new Set<string>();
  for (const part of fact.staff) {
    const clerk = directory.get(part.userId) ?? { userId: part.userId, name: '—', ...FORMER_WINDOW };
    const c = clerks.get(part.userId) ?? {
      ...{ userId: part.userId, name: clerk.name, window: clerk.window, windowLabel: clerk.windowLabel },
      ...{ accepted: 0, decided: 0, issued: 0, handled: 0, onTime: 0 },
    };
    c.handled += 1;
    c.onTime += fact.onTime ? 1 : 0;
    c.accepted += part.accepted ? 1 : 0;
    c.decided += part.decided ? 1 : 0;
    c.issued += part.issued ? 1 : 0;
    clerks.set(part.userId, c);
    if (seenWindows.has(clerk.window)) continue;
    seenWindows.add(clerk.window);
    const w = windows.get(clerk.window) ?? { window: clerk.window, label: clerk.windowLabel, handled: 0, onTime: 0 };
    w.handled += 1;
    w.onTime += fact.onTime ? 1 : 0;
    windows.set(clerk.window, w);
  }
}

const byHandled = <T extends { handled: number }>(a: T, b: T) => b.handled - a.handled;

/**
 * The period's figures from its days (case-days): per department the cases concluded (a chain case once per
 * department it concerns), on time, deemed accepted; the deemed acceptances; and per window and per clerk the
 * concluded cases they handled (acted on: accepted, sent a notice, decided, issued, handed over), with `department`
 * only those that concern it.
 */
export function periodFigures(
  days: readonly CaseDayRecord[],
  directory: Map<string, Clerk>,
  department: string | null,
): PeriodFigures {
  const departments = new Map<string, DepartmentPeriod>();
  const deemed: DeemedEvent[] = [];
  const clerks = new Map<string, ClerkTally>();
  const windows = new Map<string, WindowTally>();
  for (const day of days) {
    for (const fact of day.concluded) {
      if (!concerns(fact.departments, department)) continue;
      for (const d of fact.departments.filter((x) => concerns([x], department))) {
        const figures = departmentOf(departments, d);
        figures.finished += 1;
        figures.onTime += fact.onTime ? 1 : 0;
      }
      tallyStaff(fact, directory, clerks, windows);
    }
    for (const fact of day.deemed) {
      if (!concerns(fact.departments, department)) continue;
      for (const d of fact.departments.filter((x) => concerns([x], department)))
        departmentOf(departments, d).deemed += 1;
      deemed.push({
        caseId: fact.caseId,
        number: fact.number,
        itemNames: fact.itemNames,
        departments: fact.departments,
        at: fact.at.toISOString(),
      });
    }
  }
  return {
    departments,
    deemed: deemed.sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : 0)),
    windows: [...windows.values()].sort(byHandled).map((w) => ({ ...w, onTimeRate: ratio(w.onTime, w.handled) })),
    clerks: [...clerks.values()].sort(byHandled).map((c) => ({ ...c, onTimeRate: ratio(c.onTime, c.handled) })),
  };
}
