import { type ApplicationView } from '@onetrip/shared';
import { type ApplicationRecord, type CaseItem } from './application.types';
import { awaitsChainDecision, sourcesOf } from './chain-inputs';

/** One item as the case's readers see it: its own result (certificate number, denial's reason) and its inputs. */
export function caseItemView(record: ApplicationRecord, item: CaseItem): ApplicationView['items'][number] {
  const dependsOn = record.chain ? sourcesOf(record, item.code) : [];
  return {
    code: item.code,
    name: item.name,
    department: item.department,
    status: item.status,
    guideVersion: item.guideVersion,
    ...(item.certificateNo ? { certificateNo: item.certificateNo } : {}),
    ...(item.denyReason ? { denyReason: item.denyReason } : {}),
    ...(dependsOn.length ? { dependsOn } : {}),
  };
}

/** A chain case's lead decision: whether one is awaited, and the last one made. */
export function chainDecisionView(
  record: ApplicationRecord,
): Pick<ApplicationView, 'awaitingChainDecision' | 'chainDecision'> {
  const decision = record.chainDecision;
  return {
    ...(awaitsChainDecision(record) ? { awaitingChainDecision: true } : {}),
    ...(decision
      ? {
          chainDecision: {
            goOn: decision.goOn,
            ...(decision.reason ? { reason: decision.reason } : {}),
            at: decision.at.toISOString(),
            covers: [...decision.covers],
          },
        }
      : {}),
  };
}
