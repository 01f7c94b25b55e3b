import mongoose, { type Connection } from 'mongoose';
import { type UploadAccessCheck } from '../uploads';
import { applicationModel } from './application.model';

/**
 * An upload used by a case may be read by those who may act on that case
 * (its applicant and the submitting agent), even when someone else uploaded it.
 * Staff handling the case are added with issue 4.
 */
export const caseUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length) return false;
  const found = await applicationModel(conn).exists({
    _id: mongoose.trusted({ $in: upload.usedBy }),
    $or: [{ ownerId: userId }, { 'submittedBy.userId': userId }],
  });
  return found !== null;
};
