import { AGREEMENT } from './agreement';
import { ID_PHOTO_NOTICE, SENSITIVE_ID_NOTICE } from './notices';
import { PRIVACY_POLICY } from './privacy';
import { type LegalKind, type LegalText } from './types';

export { LEGAL_KINDS, type LegalSection, type LegalText } from './types';

/** Every legal text as in force now, by kind: the one source of the BFF's GET /legal and the app's pages. */
export const LEGAL_TEXTS: Readonly<Record<LegalKind, LegalText>> = {
  agreement: AGREEMENT,
  privacy: PRIVACY_POLICY,
  'sensitive-id': SENSITIVE_ID_NOTICE,
  'id-photo': ID_PHOTO_NOTICE,
};

/**
 * What a person agrees to, each recorded separately (POST /me/consents):
 * `terms` the agreement and the policy together, on first use; `sensitive_id`
 * before real-name verification; `id_photo` before the first upload of an
 * identity document.
 */
export const CONSENT_PURPOSES = ['terms', 'sensitive_id', 'id_photo'] as const;
export type ConsentPurposeName = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_DOCUMENTS: Readonly<Record<ConsentPurposeName, readonly LegalKind[]>> = {
  terms: ['agreement', 'privacy'],
  sensitive_id: ['sensitive-id'],
  id_photo: ['id-photo'],
};

export const CONSENT_TITLES: Readonly<Record<ConsentPurposeName, string>> = {
  terms: '用户服务协议和隐私政策',
  sensitive_id: '处理身份证号（实名认证）',
  id_photo: '上传身份证件照片',
};

/**
 * The version a consent to `purpose` is given for: its texts' kinds and versions,
 * `agreement:1.0,privacy:1.0`. A new version of any of them is a new version of
 * the consent, so it is asked again.
 */
export function consentVersion(purpose: ConsentPurposeName): string {
  return CONSENT_DOCUMENTS[purpose].map((kind) => `${kind}:${LEGAL_TEXTS[kind].version}`).join(',');
}

/**
 * An identity document among a case's materials (身份证件): the `id_card`
 * material (and its front/back slots, `id_card_*`) and every material of the
 * category 证件类. Its first upload asks the `id_photo` consent.
 */
export function isIdentityMaterial(material: { code: string; category?: string }): boolean {
  return material.code === 'id_card' || material.code.startsWith('id_card_') || material.category === '证件类';
}

/** The words a person confirms account deletion with (POST /me/deletion; the app sends them after its confirmation). */
export const DELETION_CONFIRMATION = '注销账号';
