/** A certificate number as the BFF takes it (`IssueBody` in shared): letters, digits, Chinese, brackets, 第号-. */
export const CERTIFICATE_NO = /^[A-Za-z0-9\u4e00-\u9fa5（）()〔〕[\]第号-]{1,64}$/;
