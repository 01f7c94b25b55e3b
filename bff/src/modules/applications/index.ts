import { type FastifyPluginAsync } from 'fastify';
import { applicationModel } from './application.model';
import { caseNumberModel, numberHintModel } from './case-number';
import { changeTokenModel } from '../../lib/change-tokens';
import applicationsRoutes from './applications.routes';
import actionsRoutes from './actions.routes';
import progressRoutes from './progress.routes';
import licencesRoutes from './licences.routes';
import certificateRoutes from './certificate.routes';
import commitmentRoutes from './commitment.routes';
import { caseUploadAccess } from './upload-access';
import { startGapReminderJob } from './gap-reminders';
import { openCaseModel } from './open-cases';
import { caseDayModel } from './case-days';
import { startProjectionBuild } from './projection-build';

export { applicationModel, type ApplicationRecord } from './application.model';
export {
  AUTHORIZATION_PROBLEM,
  assertAuthorized,
  assertNotRevoked,
  paperAcceptance,
  paperRefusal,
} from './authorization.rules';
export { AuthorizationErrors } from './authorization.errors';
export { hasAuthorization, toAuthorizationView, type AuthorizedCase } from './authorization.view';
export { type StationRecord, type StoredAuthorization } from './authorization.model';
export { WithdrawHooks, type WithdrawHook } from './withdraw-hooks';
export {
  type CaseCounter,
  type CaseDelivery,
  type CaseItem,
  type CaseMaterial,
  type CaseChase,
  type CaseNotice,
  type StoredApplicant,
  type TimelineEntry,
} from './application.types';
export { createCase, planCase, type CaseParties, type CasePlan, type CaseRequest } from './create.service';
export { assertExpressAllowed, caseEditSet } from './edit.service';
export { materialUploads, settleMaterialUploads } from './materials.service';
export { missingOf } from './submit.service';
export { heldByOf } from './held';
export { remindGapsOnce } from './gap-reminders';
export {
  checkDepartmentsOf,
  commitmentOffer,
  gapOpenFor,
  gapsAtAcceptance,
  gapsDueFrom,
  gapsOverdue,
  gapViews,
} from './commitment';
export { casePayableNow, feeDueOfCase } from './case-fee';
export { awaitsChainDecision, decidesPerItem, dependentsOf, readyToApprove, sourcesOf } from './chain-inputs';
export { recordLicences } from './licence.service';
export { reserveCaseNumber } from './case-number';
export { progressLink } from './progress-link';
export { assertElectronicAllowed, electronicAllowed, hasElectronicResult } from './electronic-delivery';
export { certificatePdfOf } from './certificate.service';
export { CERTIFICATE_PDF, sendCertificate } from './certificate.routes';
export { fieldsOf, toApplicationView } from './application.view';
export { withEtag } from './applications.routes';
export { assertEditable, assertVersion, eventBy, loadCase } from './case-access';
export { auditAgentAction } from './case-audit';
export { acceptanceDeadline, caseDeadline, deadlineView, promisedDaysOf, submittedAtOf } from './case-clock';
export {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type OutboxEntry,
  type OutboxExtra,
  type UpdateLike,
  enqueue,
  mergeUpdates,
} from './case-outbox';
export {
  isApplicantOf,
  isSubmittingAgent,
  ownerKeysFor,
  ownerKeysOf,
  ownerOfIdNumber,
  unverifiedOwner,
  verifiedHashOf,
} from './case-owner';
export { readCase, readCaseByNumber } from './case-read';
export { casesOfPerson, isOwnDraft, licencesOfPerson, removeOwnDrafts } from './person-data';
export { chaseView, standingChase } from './case-chase';
export { openCaseModel, openCaseOf, stageOf, waitingOnOf, type OpenCaseRecord } from './open-cases';
export {
  concludedFactOf,
  readCaseDays,
  type CaseDayRecord,
  type ConcludedFact,
  type DeemedFact,
  type StaffPart,
} from './case-days';
export { buildProjectionsOnce } from './projection-build';
export { HALL_QUEUE_TOKEN, queueToken } from './case-tokens';
export {
  type CaseChange,
  retryTransitionCase,
  transitionCase,
  tryTransitionCase,
  writeCaseBookkeeping,
} from './case-write';
export { isRateTokenShape, newRateLink, rateLinkUrl, rateTokenHash } from './rate-link';
export { type CaseShipment, type StoredShipmentEvent } from './shipment.types';
export { toCourierShipment, toShipmentView } from './shipment.view';

/** The cases module: the resident's journey from draft to submitted, and the public progress lookup. */
const applicationsModule: FastifyPluginAsync = async (app) => {
  // The unique number index must exist before the first submit; and every collection a submit or
  // read writes is created now, not by the first of many concurrent requests (FerretDB then creates
  // tables while inserts run, and a burst of first submits was seen to stall there).
  await Promise.all([
    applicationModel(app.db).init(),
    caseNumberModel(app.db).init(),
    numberHintModel(app.db).init(),
    changeTokenModel(app.db).init(),
    openCaseModel(app.db).init(),
    caseDayModel(app.db).init(),
  ]);
  app.uploadAccess.register(caseUploadAccess);
  await app.register(applicationsRoutes);
  await app.register(actionsRoutes);
  await app.register(progressRoutes);
  await app.register(licencesRoutes);
  await app.register(certificateRoutes);
  await app.register(commitmentRoutes);
  startGapReminderJob(app, app.config.GAP_REMINDER_INTERVAL_MS);
  // The supervision's projections of cases stored before them, once per database (projection-build.ts).
  startProjectionBuild(app);
};

export default applicationsModule;
