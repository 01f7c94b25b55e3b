import { type CounterCaseList } from '@onetrip/shared';
import { applicationModel, unverifiedOwner, type ApplicationRecord } from '../applications';
import { usersModel, type UserRecord } from '../users';
import { auditCounter, mayServe, type CounterContext } from './counter-access';
import { loadPerson } from './persons.service';

/** At most this many of a person's counter cases are listed (newest first): a walk-in has a handful. */
const LIST_MAX = 50;

/** Every `ownerId` the person's cases can carry: the placeholder of their ID number, and their verified account. */
async function ownerKeysOfPerson(ctx: CounterContext, idNumberHash: string): Promise<string[]> {
  const user = await usersModel(ctx.app.db)
    .findOne({ 'profile.idNumberHash': idNumberHash, 'profile.verified': true })
    .select({ _id: 1 })
    .lean<Pick<UserRecord, '_id'>>();
  return [unverifiedOwner(idNumberHash), ...(user ? [user._id.toHexString()] : [])];
}

/**
 * `GET /counter/persons/:id/cases`: the person's cases started at a counter
 * that the clerk may serve (`mayServe`), newest first — the drafts to go on
 * with when the person comes back, and the accepted ones to reprint. Each
 * owner key is one equality on the indexed `ownerId`. Audited
 * `counter.person.read`. Outcomes: the list; 404 for an unknown person.
 */
export async function personCases(ctx: CounterContext, personId: string): Promise<CounterCaseList> {
  const person = await loadPerson(ctx.app.db, personId);
  const owners = await ownerKeysOfPerson(ctx, person.idNumberHash);
  const found = await Promise.all(
    owners.map((ownerId) =>
      applicationModel(ctx.app.db)
        .find({ ownerId })
        .select({ number: 1, status: 1, items: 1, counter: 1, updatedAt: 1 })
        .lean<Pick<ApplicationRecord, '_id' | 'number' | 'status' | 'items' | 'counter' | 'updatedAt'>[]>(),
    ),
  );
  const rows = found
    .flat()
    .filter((r) => mayServe(ctx.clerk, r))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, LIST_MAX)
    .map((r) => ({
      id: r._id.toHexString(),
      ...(r.number ? { number: r.number } : {}),
      status: r.status,
      itemNames: r.items.map((i) => i.name),
      hall: r.counter?.hall ?? '',
      updatedAt: r.updatedAt.toISOString(),
    }));
  await auditCounter(ctx, 'counter.person.read', { target: personId });
  return { items: rows, total: rows.length };
}
