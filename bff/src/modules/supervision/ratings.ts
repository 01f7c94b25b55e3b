import mongoose, { type Connection } from 'mongoose';
import { FOLLOWUP_MAX_SCORE, type RatingFigures } from '@onetrip/shared';
import { evaluationModel } from '../evaluations';

interface Rated {
  departments: string[];
  score: number;
  followup: { status: 'open' | 'closed'; dueAt: Date } | null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * 好差评 per department: the ratings given in the period (a chain case's rating counts for each department),
 * their average, the bad ones (1–2 stars) and where their follow-ups (回访) stand. Ratings are small documents
 * without the rater; read by the period (`at`), with `department` only those that concern it.
 */
export async function ratingFigures(
  conn: Connection,
  start: Date,
  end: Date,
  department: string | null,
  now: Date,
): Promise<RatingFigures[]> {
  const rated = await evaluationModel(conn)
    .find({ at: mongoose.trusted({ $gte: start, $lte: end }), ...(department ? { departments: department } : {}) })
    .select({ departments: 1, score: 1, followup: 1 })
    .lean<Rated[]>();
  const tallies = new Map<string, RatingFigures & { points: number }>();
  for (const r of rated) {
    for (const d of r.departments.filter((x) => !department || x === department)) {
      const t = tallies.get(d) ?? {
        ...{ department: d, count: 0, average: null, bad: 0, points: 0 },
        ...{ followupsOpen: 0, followupsOverdue: 0, followupsDone: 0 },
      };
      t.count += 1;
      t.points += r.score;
      if (r.score <= FOLLOWUP_MAX_SCORE) t.bad += 1;
      if (r.followup?.status === 'open') t.followupsOpen += 1;
      if (r.followup?.status === 'open' && r.followup.dueAt.getTime() < now.getTime()) t.followupsOverdue += 1;
      if (r.followup?.status === 'closed') t.followupsDone += 1;
      tallies.set(d, t);
    }
  }
  return [...tallies.values()].map(({ points, ...t }) => ({ ...t, average: round(points / t.count) }));
}
