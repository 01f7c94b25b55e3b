import { useCallback, useEffect, useState } from 'react';
import { type ApplicationView, type LicenceView } from '@onetrip/shared';
import { type VersionedRecord } from '@/hooks/use-versioned-record';
import { attachLicence, detachLicence, listLicences } from '@/services/licences';
import { getSessionUser } from '@/services/session';
import { toast } from '@/utils/toast';

type CaseMaterial = ApplicationView['materials'][number];

/**
 * 使用电子证照 on the applicant's own materials page. GET /licences lists the signed-in person's
 * licences, so they are offered only to the applicant: the agent of a case would see their own,
 * which the server refuses for someone else's case (404). Read once, and only when some material
 * takes a licence.
 */
export function useLicences(caseState: VersionedRecord<ApplicationView>) {
  const view = caseState.data;
  const [licences, setLicences] = useState<LicenceView[]>([]);
  const [busy, setBusy] = useState(false);
  const { submittedBy } = view ?? { submittedBy: undefined };
  const isCaseAgent = submittedBy?.role === 'agent' && submittedBy.userId === getSessionUser()?.id;
  const wanted = !isCaseAgent && Boolean(view?.materials.some((m) => m.licenceTypes?.length));

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    listLicences()
      .then((list) => live && setLicences(list.items))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);

  const matching = useCallback(
    (material: CaseMaterial) => licences.filter((l) => material.licenceTypes?.includes(l.type)),
    [licences],
  );

  const run = useCallback(
    async (write: (id: string, version: number) => Promise<ApplicationView>, done: string) => {
      const id = caseState.current()?.id ?? '';
      setBusy(true);
      try {
        const outcome = await caseState.write((version) => write(id, version));
        if (outcome.ok) toast(done, 'success');
      } finally {
        setBusy(false);
      }
    },
    [caseState],
  );

  const use = useCallback(
    (material: CaseMaterial, licenceId: string) =>
      run((id, version) => attachLicence(id, version, material.code, licenceId), '已使用电子证照'),
    [run],
  );
  const stop = useCallback(
    (material: CaseMaterial) => run((id, version) => detachLicence(id, version, material.code), '已取消使用'),
    [run],
  );
  return { enabled: wanted, matching, use, stop, busy };
}
