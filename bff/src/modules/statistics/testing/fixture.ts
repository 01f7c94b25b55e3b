import { Types } from 'mongoose';
import { type App } from '../../../app';

export const A = '县甲局';
export const B = '县乙局';
/** 2026-03-02 is a Monday; no holiday in March 2026. */
export const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 2, day, hour - 8));
const item = (department: string, promisedDays: number) => ({
  code: `I-${department}`,
  name: `${department}事项`,
  department,
  promisedDays,
  status: 'approved',
});

/**
 * Cases and ratings with known figures (worked out in the comments), stored
 * straight in the database: March 2026, departments A and B.
 */
export async function seedFixture(app: App): Promise<void> {
  const cases = [
    // A, 3 days: accepted Mon 2nd (due end of Thu 5th), decided Wed 4th → on time, 2 working days
    {
      status: 'completed',
      items: [item(A, 3)],
      submittedAt: at(2, 9),
      acceptedAt: at(2),
      concludedAt: at(4),
      completedAt: at(6),
    },
    // A, 3 days: decided Mon 9th → late, 5 working days
    {
      status: 'completed',
      items: [item(A, 3)],
      submittedAt: at(2, 9),
      acceptedAt: at(2),
      concludedAt: at(9),
      completedAt: at(9),
    },
    // A and B (a chain), still being approved
    { status: 'accepted', items: [item(A, 3), item(B, 5)], submittedAt: at(3), acceptedAt: at(3) },
    // B, 5 days, paused Tue 3rd–Wed 4th (due end of Wed 11th), decided Tue 10th → on time, 6 working days
    {
      status: 'completed',
      items: [item(B, 5)],
      submittedAt: at(2, 9),
      acceptedAt: at(2),
      pauses: [{ from: at(3, 9), to: at(4, 17) }],
      concludedAt: at(10),
      completedAt: at(12),
    },
    // A, waiting for acceptance
    { status: 'submitted', items: [item(A, 3)], submittedAt: at(20) },
    // A, submitted before the period: not counted
    {
      status: 'completed',
      items: [item(A, 3)],
      submittedAt: new Date(Date.UTC(2026, 1, 2)),
      acceptedAt: at(2),
      concludedAt: at(20),
      completedAt: at(20),
    },
    // a draft: no submission, not counted
    { status: 'draft', items: [item(A, 3)] },
  ];
  await app.db.collection('applications').insertMany(
    cases.map((c, i) => ({
      _id: new Types.ObjectId(),
      number: c.submittedAt ? `ZW20260302${String(i).padStart(6, '0')}` : undefined,
      version: 1,
      ownerId: 'x',
      timeline: [],
      ...c,
    })),
  );
  const rating = (score: number, departments: string[], when: Date) => ({
    caseId: new Types.ObjectId().toHexString(),
    number: 'ZW',
    itemNames: [],
    departments,
    score,
    tags: [],
    at: when,
    followup: null,
    version: 1,
  });
  await app.db
    .collection('evaluations')
    .insertMany([
      rating(5, [A], at(10)),
      rating(2, [A], at(12)),
      rating(4, [B], at(15)),
      rating(3, [A, B], at(16)),
      rating(1, [A], new Date(Date.UTC(2026, 1, 20))),
    ]);
}
