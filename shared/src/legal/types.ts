/** One heading of a legal text and its paragraphs, in plain Chinese. */
export interface LegalSection {
  heading: string;
  paragraphs: readonly string[];
}

/**
 * A legal text the resident reads and agrees to. `version` changes whenever
 * the wording changes in substance; a new version is asked for again.
 */
export interface LegalText {
  kind: LegalKind;
  version: string;
  title: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  /** one or two sentences shown above the text (and in the consent sheets) */
  summary: string;
  sections: readonly LegalSection[];
}

/**
 * The texts: the 用户服务协议, the 隐私政策 (用户隐私保护指引), and the two
 * separate notices for sensitive personal information (身份证号, 身份证件照片).
 */
export const LEGAL_KINDS = ['agreement', 'privacy', 'sensitive-id', 'id-photo'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];
