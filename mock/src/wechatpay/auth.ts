import { type FastifyRequest } from 'fastify';
import { parseAuthorization, rsaVerify, signatureMessage } from './crypto';
import { type PayContext } from './context';

/** How far a request's timestamp may be from the simulator's clock. */
export const MAX_CLOCK_SKEW_S = 300;

/**
 * Checks the merchant's `Authorization` header the way WeChat Pay does:
 * format, merchant id, certificate serial, timestamp window, then the
 * SHA256withRSA signature over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`.
 * Returns null when it is good, else the reason (answered as 401 SIGN_ERROR).
 */
export function checkMerchantSignature(
  pay: PayContext,
  request: FastifyRequest,
  rawBody: string,
  now = Date.now(),
): string | null {
  const auth = parseAuthorization(request.headers.authorization);
  if (!auth) return 'Http头Authorization值格式错误，请参考《微信支付商户REST API签名规则》';
  if (auth.mchid !== pay.settings.mchid) return `Http头Authorization中的商户号 ${auth.mchid} 不存在或不匹配`;
  if (auth.serial_no !== pay.settings.merchantSerialNo) {
    return '商户证书序列号有误。请使用签名私钥匹配的证书序列号';
  }
  const timestamp = Number(auth.timestamp);
  if (!/^\d{1,12}$/.test(auth.timestamp) || Math.abs(now / 1000 - timestamp) > MAX_CLOCK_SKEW_S) {
    return 'Http头Authorization中的timestamp与当前时间相差超过5分钟';
  }
  const message = signatureMessage(request.method, request.url, auth.timestamp, auth.nonce_str, rawBody);
  if (!rsaVerify(message, auth.signature, pay.keys.merchantPublic)) return '错误的签名，验签失败';
  return null;
}
