export { ConsentSheet } from './ConsentSheet';
export {
  agreeTermsBeforeLogin,
  deviceAgreedTerms,
  forgetConsents,
  isAgreed,
  recordAgreement,
  takeLoginAgreement,
} from './consent-store';
export { CONSENT_COPY } from './texts';
export { useConsentPrompt, type ConsentPrompt } from './use-consent-prompt';
export { useIdentityUploadConsent } from './use-identity-upload-consent';
