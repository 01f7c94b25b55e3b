import { idNumberFeedback, nameProblem, phoneProblem } from '@/utils/person-checks';

export interface ApplicantDraft {
  name: string;
  idNumber: string;
  phone: string;
}

/** The body's `applicant` once every part is right, else null. */
export function readyApplicant(draft: ApplicantDraft): ApplicantDraft | null {
  const name = draft.name.trim();
  const idNumber = draft.idNumber.trim().toUpperCase();
  const phone = draft.phone.trim();
  if (name === '' || nameProblem(name)) return null;
  if (idNumberFeedback(idNumber).state !== 'ok') return null;
  if (phone.length !== 11 || phoneProblem(phone)) return null;
  return { name, idNumber, phone };
}
