/**
 * WeChat's error answers. WeChat always replies HTTP 200 with
 * `{errcode, errmsg}`; clients must look at `errcode`, so we do the same.
 * (Real errmsg strings carry a ` rid: …` suffix; ours do not, and clients
 * should not parse errmsg anyway.)
 */
export interface WechatError {
  errcode: number;
  errmsg: string;
}

export const WX_ERRORS = {
  systemError: { errcode: -1, errmsg: 'system error' },
  invalidCredential: { errcode: 40001, errmsg: 'invalid credential' },
  invalidGrantType: { errcode: 40002, errmsg: 'invalid grant_type' },
  invalidOpenid: { errcode: 40003, errmsg: 'invalid openid' },
  invalidAppid: { errcode: 40013, errmsg: 'invalid appid' },
  invalidCode: { errcode: 40029, errmsg: 'invalid code' },
  invalidTemplateId: { errcode: 40037, errmsg: 'invalid template_id' },
  invalidAppsecret: { errcode: 40125, errmsg: 'invalid appsecret' },
  invalidScene: { errcode: 40169, errmsg: 'invalid length for scene' },
  accessTokenMissing: { errcode: 41001, errmsg: 'access_token missing' },
  appidMissing: { errcode: 41002, errmsg: 'appid missing' },
  appsecretMissing: { errcode: 41004, errmsg: 'appsecret missing' },
  codeMissing: { errcode: 41008, errmsg: 'missing code' },
  invalidPage: { errcode: 41030, errmsg: 'invalid page' },
  accessTokenExpired: { errcode: 42001, errmsg: 'access_token expired' },
  notSubscribed: { errcode: 43101, errmsg: 'user refuse to accept the msg' },
  dataFormatError: { errcode: 47001, errmsg: 'data format error' },
} as const satisfies Record<string, WechatError>;

/** 47003: a field is present but its value breaks the rules. */
export function argumentInvalid(field: string, problem: 'invalid' | 'is empty' = 'invalid'): WechatError {
  return { errcode: 47003, errmsg: `argument invalid! ${field} ${problem}` };
}
