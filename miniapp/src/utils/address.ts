import { PHONE_PATTERN, type AddressBody } from '@onetrip/shared';

/** What every delivery address has: the resident's saved one and the one a clerk types at the counter. */
export type AddressParts = Pick<AddressBody, 'name' | 'phone' | 'region' | 'detail'>;

/**
 * The first problem with an address, or ''. The rules of the shared `AddressBody` and `CounterAddress`
 * schemas, checked by hand: a schema would bring zod (~100 KB) into the package; the server checks
 * with it anyway.
 */
export function addressProblem(body: AddressParts): string {
  const chars = (s: string) => Array.from(s.trim()).length;
  if (chars(body.name) < 2 || chars(body.name) > 30) return '请填写收件人姓名';
  if (!PHONE_PATTERN.test(body.phone)) return '手机号格式不正确';
  if (body.region.length !== 3 || body.region.some((part) => part.trim() === '' || chars(part) > 20))
    return '请填写完整的省、市、区县';
  if (chars(body.detail) < 4 || chars(body.detail) > 120) return '详细地址为 4–120 个字';
  return '';
}
