// "Nothing was written", read straight from the database (not through the BFF under test): the number
// of documents in every collection, before and after.
import mongoose from 'mongoose';

/**
 * Collections the BFF writes on its own whatever the requests: the copies' heartbeat (bff_processes),
 * job leases and the rate-limit and session bookkeeping of the suite's own sign-ins.
 */
const BACKGROUND = /^(bff_processes|job_leases|locks|leases|system\.)/;

export async function openCounter(uri) {
  const conn = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise();
  const counts = async () => {
    const names = (await conn.db.listCollections({}, { nameOnly: true }).toArray())
      .map((c) => c.name)
      .filter((n) => !BACKGROUND.test(n));
    const all = await Promise.all(names.map(async (n) => [n, await conn.db.collection(n).countDocuments({})]));
    return Object.fromEntries(all);
  };
  return { conn, counts, close: () => conn.close() };
}

/** The collections whose count changed between two `counts()`: `name a→b`. */
export function changed(before, after, ignore = []) {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((n) => !ignore.includes(n) && (before[n] ?? 0) !== (after[n] ?? 0))
    .map((n) => `${n} ${before[n] ?? 0}→${after[n] ?? 0}`);
}
