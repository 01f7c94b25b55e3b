import { type ApplicationView } from '@onetrip/shared';
import { type ApplicationRecord } from './application.model';
import { commitmentOffer, gapViews } from './commitment';

const EDITABLE = ['draft', 'supplement_required'];

/**
 * The case's 容缺 / 告知承诺 part of ApplicationView: the offer while the
 * applicant can still sign, the signed commitment, the open gaps with their
 * deadline. Nothing for a case none of whose items offers a commitment.
 */
export function commitmentView(
  record: ApplicationRecord,
): Pick<ApplicationView, 'commitmentOffer' | 'commitment' | 'gapList'> {
  const offer = EDITABLE.includes(record.status) ? commitmentOffer(record) : null;
  const signed = record.commitment;
  const gaps = gapViews(record);
  return {
    ...(offer ? { commitmentOffer: offer } : {}),
    ...(signed
      ? {
          commitment: {
            signedAt: signed.signedAt.toISOString(),
            how: signed.how,
            recordedBy: { role: signed.by.role, ...(signed.by.name ? { name: signed.by.name } : {}) },
            ...(signed.uploadId ? { uploadId: signed.uploadId } : {}),
            texts: signed.texts.map((t) => ({ itemName: t.itemName, text: t.text })),
          },
        }
      : {}),
    ...(gaps.length ? { gapList: gaps } : {}),
  };
}
