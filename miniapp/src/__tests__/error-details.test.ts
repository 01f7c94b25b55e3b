import { ErrorDetail } from '@onetrip/shared';
import { ApiError } from '@/services/api-error';
import { attemptsLeft } from '@/services/courier';
import { isAttemptsLeft, isMissingEntry, toErrorDetail, toErrorDetails } from '@/services/error-details';
import { toApiError } from '@/services/request';

// Entries of every shape, and near misses; the hand-written checks must read them as the shared schema does.
const SAMPLES: unknown[] = [
  { path: '/name', message: '必填' },
  { in: 'body', path: '/name', message: '必填' },
  { in: 'querystring', path: 'page', message: '应为整数', extra: 1 },
  { in: 'cookies', path: '/name', message: '必填' },
  { path: 3, message: '必填' },
  { in: 'body', path: '/uploadIds/0', id: 'u1', message: '文件不可用' },
  { path: '/uploadIds/0', id: 7, message: '文件不可用' },
  { in: 'body', path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: 1, height: 1, min: 240 },
  { path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: 1, height: 1, min: 240, name: 'a.png' },
  { in: 'body', path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: -1, height: 1, min: 240 },
  { in: 'body', path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: 1, height: 1.5, min: 240 },
  { in: 'body', path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: 1, height: 1, min: 0 },
  { in: 'body', path: 'file', message: '图片太小', reason: 'IMAGE_TOO_SMALL', width: 1, height: 1 },
  { in: 'body', path: 'file', message: '图片太小', reason: 'OTHER', width: 1, height: 1, min: 240 },
  { field: 'companyName', reason: '必填' },
  { field: 'delivery', reason: '请选择领取方式', note: 'x' },
  { materialCode: 'id_card', reason: '未上传' },
  { field: 'a', materialCode: 'b', reason: 'both' },
  { materialCode: 'id_card' },
  { reason: '缺少内容' },
  { reason: 3 },
  { attemptsLeft: 3 },
  { attemptsLeft: 0 },
  { attemptsLeft: -1 },
  { attemptsLeft: 2.5 },
  { attemptsLeft: '3' },
  { attemptsLeft: Number.NaN },
  null,
  'text',
  42,
  [],
  [{ field: 'a', reason: 'b' }],
];

describe('error details', () => {
  it.each(SAMPLES.map((sample) => [JSON.stringify(sample) ?? String(sample), sample]))(
    'reads %s as the shared ErrorDetail schema does',
    (_name, sample) => {
      const parsed = ErrorDetail.safeParse(sample);
      expect(toErrorDetail(sample)).toEqual(parsed.success ? parsed.data : null);
    },
  );

  it('keeps the entries of the contract in order and drops the rest', () => {
    expect(toErrorDetails([{ materialCode: 'id_card', reason: '未上传' }, { nope: 1 }, { attemptsLeft: 2 }])).toEqual([
      { materialCode: 'id_card', reason: '未上传' },
      { attemptsLeft: 2 },
    ]);
    expect(toErrorDetails(undefined)).toEqual([]);
    expect(toErrorDetails({ field: 'a', reason: 'b' })).toEqual([]);
  });

  it('gives an ApiError only well-formed details', () => {
    const error = toApiError({
      statusCode: 422,
      data: {
        error: {
          code: 'INCOMPLETE',
          message: '申请材料或信息不完整',
          details: [{ field: 'name', reason: '必填' }, 'junk', { materialCode: 'id_card', reason: '未上传' }],
        },
      },
    });
    expect(error.details).toEqual([
      { field: 'name', reason: '必填' },
      { materialCode: 'id_card', reason: '未上传' },
    ]);
    expect(error.details.filter(isMissingEntry)).toHaveLength(2);
  });

  it('tells the missing entries and the tries left apart from request problems', () => {
    const details = toErrorDetails([
      { path: '/x', message: 'm' },
      { field: 'name', reason: '必填' },
      { attemptsLeft: 4 },
    ]);
    expect(details.filter(isMissingEntry)).toEqual([{ field: 'name', reason: '必填' }]);
    expect(details.filter(isAttemptsLeft)).toEqual([{ attemptsLeft: 4 }]);
  });

  it('reads how many tries a wrong receipt code leaves, or null', () => {
    const wrong = (details: unknown[]) =>
      new ApiError('RECEIPT_CODE_WRONG', '签收码不正确', 422, toErrorDetails(details));
    expect(attemptsLeft(wrong([{ attemptsLeft: 3 }]))).toBe(3);
    expect(attemptsLeft(wrong([{ path: '/receiptCode', message: 'x' }, { attemptsLeft: 0 }]))).toBe(0);
    expect(attemptsLeft(wrong([{ attemptsLeft: -2 }]))).toBeNull();
    expect(attemptsLeft(wrong([]))).toBeNull();
  });
});
