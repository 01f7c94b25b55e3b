import { maskIdNumber, maskName, maskPhone, PHONE_PATTERN } from '../mask';

describe('masks', () => {
  it('keeps the first 3 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('masks a phone number as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks names of one to four characters', () => {
    expect(maskName('李')).toBe('李');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });

  it('masks short values completely rather than revealing them', () => {
    expect(maskIdNumber('123')).toBe('***');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('accepts mainland mobile numbers only', () => {
    expect(PHONE_PATTERN.test('13812345678')).toBe(true);
    expect(PHONE_PATTERN.test('12812345678')).toBe(false);
    expect(PHONE_PATTERN.test('1381234567')).toBe(false);
    expect(PHONE_PATTERN.test('１３８１２３４５６７８')).toBe(false);
  });
});
