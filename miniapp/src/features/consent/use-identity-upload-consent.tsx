import { useCallback } from 'react';
import { isIdentityMaterial, type ApplicationView } from '@onetrip/shared';
import { getSessionUser } from '@/services/session';
import { useConsentPrompt } from './use-consent-prompt';

type CaseMaterial = ApplicationView['materials'][number];

/**
 * Before the first upload of an identity document (the `id_card` material and its slots, any
 * 证件类 material): the separate consent for 身份证件照片, asked once and recorded. Call
 * `beforeUpload` where the upload starts and go on only when it resolves true. An agent uploading
 * for a resident is not asked: the resident's authorization covers it.
 */
export function useIdentityUploadConsent(view: Pick<ApplicationView, 'submittedBy'> | undefined) {
  const { ask, sheet } = useConsentPrompt();
  const beforeUpload = useCallback(
    async (material: Pick<CaseMaterial, 'code' | 'category'>) => {
      if (!isIdentityMaterial(material)) return true;
      const me = getSessionUser()?.id;
      if (view?.submittedBy.role === 'agent' && view.submittedBy.userId === me) return true;
      return ask('id_photo');
    },
    [ask, view],
  );
  return { beforeUpload, sheet };
}
