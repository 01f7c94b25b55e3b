import { type FastifyInstance } from 'fastify';
import mongoose, { type Types } from 'mongoose';
import { maskPhone } from '@onetrip/shared';
import { TIMING, tryWithLease, updateUnversioned } from '../../lib/store';
import { usersModel } from './users.model';

const BATCH = 200;
/** One copy at a time walks the users (the others skip); a copy that dies leaves the rest to the next start. */
const LEASE = 'users:phone-mask-backfill';

type Pending = { _id: Types.ObjectId; profile?: { phoneEnc?: string | null; phoneMasked?: string | null } | null };

/**
 * Gives each stored profile without one its `phoneMasked` (the people search matches it), in
 * batches by `_id`. Each write is bookkeeping under the user's lease (`updateUnversioned`): it
 * re-reads the profile and writes only while the mask is still missing, so a profile saved
 * meanwhile (which writes its own mask) is never overwritten, and `version` stays as it is.
 * Returns how many profiles it wrote; stops between users when `stopped()` says so.
 */
export async function backfillPhoneMasks(
  app: Pick<FastifyInstance, 'db' | 'pii'>,
  stopped: () => boolean = () => false,
): Promise<number> {
  const Users = usersModel(app.db);
  let written = 0;
  let after: Types.ObjectId | null = null;
  while (!stopped()) {
    const filter: Record<string, unknown> = {
      'profile.phoneEnc': mongoose.trusted({ $exists: true }),
      'profile.phoneMasked': mongoose.trusted({ $exists: false }),
      ...(after ? { _id: mongoose.trusted({ $gt: after }) } : {}),
    };
    const batch: Pending[] = await Users.find(filter)
      .select({ 'profile.phoneEnc': 1 })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<Pending[]>();
    for (const user of batch) {
      if (stopped()) return written;
      const id = user._id.toHexString();
      const done = await updateUnversioned(Users, id, async () => {
        const now = await Users.findById(id).select({ profile: 1 }).lean<Pending>();
        const enc = now?.profile?.phoneEnc;
        if (!enc || now.profile?.phoneMasked) return null;
        return { update: { $set: { 'profile.phoneMasked': maskPhone(app.pii.decrypt(enc)) } }, result: true };
      });
      if (done) written += 1;
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]?._id ?? null;
  }
  return written;
}

/**
 * Runs the backfill once in the background after the app is ready (profiles saved before the masked
 * phone was stored), and lets a closing app wait for it. A failure is logged; the next start tries again.
 */
export function startPhoneMaskBackfill(app: FastifyInstance): void {
  let closing = false;
  let running: Promise<unknown> = Promise.resolve();
  app.addHook('onReady', async () => {
    running = tryWithLease(app.db, LEASE, () => backfillPhoneMasks(app, () => closing), TIMING.exclusiveStep)
      .then((written) => {
        if (written) app.log.info({ action: 'users.phone-mask-backfill', written }, 'masked phones stored');
      })
      .catch((err: unknown) =>
        app.log.warn({ action: 'users.phone-mask-backfill', reason: (err as Error).message }, 'backfill failed'),
      );
  });
  app.addHook('onClose', async () => {
    closing = true;
    await running;
  });
}
