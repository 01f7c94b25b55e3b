import {
  CONSENT_DOCUMENTS,
  CONSENT_PURPOSES,
  CONSENT_TITLES,
  consentVersion,
  LEGAL_TEXTS,
  type ConsentPurpose,
  type ConsentState,
} from '@onetrip/shared';

/** GET /me/consents as the BFF answers it, with `agreed` agreed in their versions in force. */
export function consentState(agreed: ConsentPurpose[], at = '2026-12-10T02:00:00.000Z'): ConsentState {
  return {
    purposes: CONSENT_PURPOSES.map((purpose) => ({
      purpose,
      title: CONSENT_TITLES[purpose],
      version: consentVersion(purpose),
      documents: CONSENT_DOCUMENTS[purpose].map((kind) => ({
        kind,
        title: LEGAL_TEXTS[kind].title,
        version: LEGAL_TEXTS[kind].version,
      })),
      agreed: agreed.includes(purpose) ? { version: consentVersion(purpose), at } : null,
      needed: !agreed.includes(purpose),
    })),
    history: agreed.map((purpose) => ({ purpose, version: consentVersion(purpose), action: 'agreed' as const, at })),
  };
}
