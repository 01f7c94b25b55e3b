import { CONSENT_DOCUMENTS, LEGAL_TEXTS, type ConsentPurpose, type LegalKind } from '@onetrip/shared';

/** What each consent sheet says: why it is asked, what the texts say in short, what 不同意 means. */
export interface ConsentCopy {
  title: string;
  lines: string[];
  /** the texts to read in full (links) */
  documents: LegalKind[];
  /** what happens on 不同意 (also shown as a toast when chosen) */
  refusal: string;
}

const usesOf = (kind: LegalKind) => LEGAL_TEXTS[kind].sections[0]?.paragraphs ?? [];

export const CONSENT_COPY: Readonly<Record<ConsentPurpose, ConsentCopy>> = {
  terms: {
    title: '欢迎使用“一次办”',
    lines: [
      '请您阅读并同意《用户服务协议》和《隐私政策》后登录。',
      LEGAL_TEXTS.privacy.summary,
      '我们只在办事需要时收集信息：微信身份标识用于登录；姓名、身份证号、手机号用于实名认证和办件；收货地址只用于快递送达。',
    ],
    documents: [...CONSENT_DOCUMENTS.terms],
    refusal: '不同意将无法登录和在线办事。您仍可浏览办事指南、查询办件进度，也可以到大厅窗口办理。',
  },
  sensitive_id: {
    title: '实名认证需要您单独同意',
    lines: [LEGAL_TEXTS['sensitive-id'].summary, ...usesOf('sensitive-id')],
    documents: ['sensitive-id', 'privacy'],
    refusal: '不同意将无法在线实名和申请。您仍可浏览办事指南、查询进度，也可以带身份证到大厅窗口办理。',
  },
  id_photo: {
    title: '上传身份证件照片需要您单独同意',
    lines: [LEGAL_TEXTS['id-photo'].summary, ...usesOf('id-photo')],
    documents: ['id-photo', 'privacy'],
    refusal: '不同意将不上传证件照片。您可以到大厅窗口出示证件原件办理。',
  },
};
