import { fenToYuan, formatFee } from '@/utils/money';
import { legalDaysNote, promisedDaysLabel, requiredLabel, tripsLabel, workingDays } from '@/utils/labels';

describe('money', () => {
  it.each([
    [0, '0'],
    [100, '1'],
    [1250, '12.5'],
    [1205, '12.05'],
    [99, '0.99'],
    [123456, '1234.56'],
    [-550, '-5.5'],
  ])('%i fen is %s yuan', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it('says 不收费 for a free item and gives yuan otherwise', () => {
    expect(formatFee(0)).toBe('不收费');
    expect(formatFee(2000)).toBe('20 元');
    expect(formatFee(1250)).toBe('12.5 元');
  });
});

describe('labels', () => {
  it('names the trips promise', () => {
    expect(tripsLabel(0)).toBe('零跑腿');
    expect(tripsLabel(1)).toBe('只跑一次');
    expect(tripsLabel(2)).toBe('');
  });

  it('states promised working days, and the legal limit only when it differs', () => {
    expect(promisedDaysLabel(5)).toBe('承诺时限 5 个工作日');
    expect(promisedDaysLabel(0)).toBe('即来即办');
    expect(workingDays(3)).toBe('3 个工作日');
    expect(workingDays(0)).toBe('即来即办');
    expect(legalDaysNote(3, 20)).toBe('法定 20 个工作日');
    expect(legalDaysNote(3, 3)).toBe('');
  });

  it('marks materials 必交 or 非必交', () => {
    expect(requiredLabel(true)).toBe('必交');
    expect(requiredLabel(false)).toBe('非必交');
  });
});
