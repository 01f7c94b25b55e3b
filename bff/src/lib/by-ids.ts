import { type FilterQuery, type Model, type Types, type UpdateQuery } from 'mongoose';

/**
 * Documents by a short list of ids, one `_id` equality query each.
 *
 * Why not `{_id: {$in: ids}}`: FerretDB (the local database) pushes only
 * top-level equalities down to its storage, so `$in` reads every document of
 * the collection. An `_id` equality uses an index on MongoDB and FerretDB
 * alike; the lists here are a case's materials or uploads (a handful), so the
 * extra round trips cost less than one scan. Unknown ids are left out.
 */
export async function findEachById<T, R = T & { _id: Types.ObjectId }>(
  model: Model<T>,
  ids: readonly unknown[],
  filter: FilterQuery<T> = {},
  select?: Record<string, 0 | 1>,
): Promise<R[]> {
  const unique = [...new Set(ids.map(String))];
  const found = await Promise.all(
    unique.map((id) => {
      const query = model.findOne({ ...filter, _id: id } as FilterQuery<T>);
      return (select ? query.select(select) : query).lean<R>();
    }),
  );
  return found.filter((doc): doc is NonNullable<typeof doc> => doc != null) as R[];
}

/** `updateOne` of each id (see findEachById for why not `updateMany` with `$in`). */
export async function updateEachById<T>(
  model: Model<T>,
  ids: readonly unknown[],
  update: UpdateQuery<T>,
): Promise<void> {
  await Promise.all([...new Set(ids.map(String))].map((id) => model.updateOne({ _id: id } as FilterQuery<T>, update)));
}
