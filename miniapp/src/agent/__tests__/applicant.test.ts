import { idNumberFeedback, nameProblem, phoneProblem } from '@/utils/person-checks';
import { readyApplicant } from '../common/applicant';

// The example number of GB 11643 itself (check character X), and the same with a wrong check digit.
const VALID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';
const TODAY = new Date('2026-11-25T00:00:00Z');

describe('ID number feedback as the agent types', () => {
  it('counts the digits still missing while the number is incomplete', () => {
    expect(idNumberFeedback('')).toEqual({ state: 'empty' });
    expect(idNumberFeedback('1101', TODAY)).toEqual({ state: 'typing', message: '已输入 4 位，还差 14 位' });
    expect(idNumberFeedback(VALID.slice(0, 17), TODAY)).toEqual({
      state: 'typing',
      message: '已输入 17 位，还差 1 位',
    });
  });

  it('refuses a character that cannot be in an ID number at once, before 18 are typed', () => {
    expect(idNumberFeedback('1101a', TODAY)).toMatchObject({
      state: 'error',
      message: expect.stringContaining('18位'),
    });
    // X only as the check character
    expect(idNumberFeedback('11010X', TODAY).state).toBe('error');
    // full-width digits are not ASCII digits
    expect(idNumberFeedback('１１０１', TODAY).state).toBe('error');
  });

  it('judges the check digit at the 18th character', () => {
    expect(idNumberFeedback(WRONG_CHECK, TODAY)).toEqual({ state: 'error', message: '身份证号校验位不正确，请核对' });
    expect(idNumberFeedback(VALID, TODAY)).toEqual({ state: 'ok', message: '校验通过 · 出生日期 1949-12-31 · 女' }); // 17th digit even
    // a lower-case x is the same check character
    expect(idNumberFeedback(VALID.toLowerCase(), TODAY).state).toBe('ok');
  });

  it('names a wrong region or birth date rather than the check digit', () => {
    expect(idNumberFeedback('99010519491231002X', TODAY)).toEqual({
      state: 'error',
      message: '身份证号的地区码不正确',
    });
    expect(idNumberFeedback('110105194913310020', TODAY)).toEqual({
      state: 'error',
      message: '身份证号中的出生日期不正确',
    });
  });
});

describe('name and phone of the resident', () => {
  it('applies the server rules', () => {
    expect(nameProblem('')).toBeNull();
    expect(nameProblem('王')).toBe('姓名至少 2 个字');
    expect(nameProblem('王秀英')).toBeNull();
    expect(nameProblem('买买提·艾力')).toBeNull();
    expect(nameProblem('王1')).toBe('姓名只能包含汉字、字母和间隔号');
    expect(phoneProblem('1390539')).toBeNull();
    expect(phoneProblem('139a')).toBe('手机号应为 11 位数字');
    expect(phoneProblem('12905391234')).toBe('手机号格式不正确');
    expect(phoneProblem('13905391234')).toBeNull();
  });

  it('gives the applicant only when every part is right, trimmed and the X upper-case', () => {
    expect(readyApplicant({ name: ' 王秀英 ', idNumber: VALID.toLowerCase(), phone: '13905391234' })).toEqual({
      name: '王秀英',
      idNumber: VALID,
      phone: '13905391234',
    });
    expect(readyApplicant({ name: '王秀英', idNumber: WRONG_CHECK, phone: '13905391234' })).toBeNull();
    expect(readyApplicant({ name: '王秀英', idNumber: VALID, phone: '1390539123' })).toBeNull();
    expect(readyApplicant({ name: '', idNumber: VALID, phone: '13905391234' })).toBeNull();
  });
});
