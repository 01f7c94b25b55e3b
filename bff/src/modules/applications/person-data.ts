import { type FastifyInstance } from 'fastify';
import { type LicenceView } from '@onetrip/shared';
import { bumpTokens } from '../../lib/change-tokens';
import { documentKey, TIMING, withLease } from '../../lib/store';
import { unmarkUploadsUsed } from '../uploads';
import { applicationModel, type ApplicationRecord } from './application.model';
import { ownerKeysOf, verifiedHashOf } from './case-owner';
import { caseToken, ownerListToken } from './case-tokens';
import { licenceModel, type LicenceRecord } from './licence.model';
import { toLicenceView } from './licence.service';

/**
 * For the privacy module: every case the user is the applicant of — their own and those an
 * agent or a window started in their name (`ownerKeysOf`, as `GET /applications?scope=mine`
 * lists them) — newest change first. One equality read per owner key.
 */
export async function casesOfPerson(app: FastifyInstance, userId: string): Promise<ApplicationRecord[]> {
  const keys = await ownerKeysOf(app, userId);
  const found = await Promise.all(
    keys.map((ownerId) => applicationModel(app.db).find({ ownerId }).lean<ApplicationRecord[]>()),
  );
  return found.flat().sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

/** A draft the person started themselves (not an agent's or a window's work for them). */
export const isOwnDraft = (record: ApplicationRecord, userId: string) =>
  record.status === 'draft' && record.submittedBy.userId === userId;

/**
 * For the privacy module (account deletion): removes the person's own drafts among `records`.
 * Each is read again under the case's lease (the one every case write holds) and removed only
 * while it is still a draft of theirs — a draft submitted meanwhile is a case and stays — and
 * the uploads it used are released, so the uploads' removal can take those no case uses.
 * Outcomes: how many drafts went.
 */
export async function removeOwnDrafts(
  app: FastifyInstance,
  userId: string,
  records: ApplicationRecord[],
): Promise<number> {
  const Model = applicationModel(app.db);
  let removed = 0;
  for (const candidate of records.filter((r) => isOwnDraft(r, userId))) {
    const id = candidate._id.toHexString();
    const gone = await withLease(
      app.db,
      documentKey(Model.collection.collectionName, id),
      async () => {
        const current = await Model.findById(id).lean<ApplicationRecord>();
        if (!current || !isOwnDraft(current, userId)) return false;
        await Model.deleteOne({ _id: current._id });
        await unmarkUploadsUsed(
          app.db,
          current.materials.flatMap((m) => m.uploadIds),
          current._id,
        );
        await bumpTokens(app.db, [caseToken(id), ownerListToken(current.ownerId)]);
        return true;
      },
      TIMING.write,
    );
    if (gone) removed += 1;
  }
  return removed;
}

/** For the privacy module: the person's electronic licences (电子证照), as `GET /licences` lists them. */
export async function licencesOfPerson(app: FastifyInstance, userId: string): Promise<LicenceView[]> {
  const hash = await verifiedHashOf(app, userId);
  if (!hash) return [];
  const found = await licenceModel(app.db).find({ personHash: hash }).lean<LicenceRecord[]>();
  return found.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime()).map(toLicenceView);
}
