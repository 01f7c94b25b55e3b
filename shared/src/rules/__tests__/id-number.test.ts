import { checkIdNumber, idCheckChar } from '../id-number';

const TODAY = new Date('2026-11-25T00:00:00Z');
/** Builds a valid ID from its first 17 characters. */
const withCheck = (first17: string) => first17 + idCheckChar(first17);

describe('checkIdNumber (GB 11643)', () => {
  it('accepts the standard example with an X check character', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', gender: 'female' });
  });

  it('accepts a lowercase x as X', () => {
    expect(checkIdNumber('11010519491231002x', TODAY).ok).toBe(true);
  });

  it('reads the gender from the sequence digit', () => {
    const id = withCheck('37132719560312001');
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: true, birthDate: '1956-03-12', gender: 'male' });
  });

  it.each([
    ['a wrong check digit', '110105194912310021', 'checkDigit'],
    ['17 characters', '11010519491231002', 'format'],
    ['19 characters', '11010519491231002X1', 'format'],
    ['full-width digits', '１１０１０５１９４９１２３１００２X', 'format'],
    ['a letter inside', '1101051949123100AX', 'format'],
    ['spaces inside', '110105 19491231002X', 'format'],
    ['an unknown province 99', withCheck('99010519491231002'), 'region'],
    ['30 February', withCheck('37132719990230001'), 'birthDate'],
    ['month 13', withCheck('37132719991301001'), 'birthDate'],
    ['a birth date in the future', withCheck('37132720991201001'), 'birthDate'],
    ['a birth date before 1900', withCheck('37132718991201001'), 'birthDate'],
  ])('refuses %s', (_what, id, problem) => {
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: false, problem });
  });

  it('accepts 29 February of a leap year only', () => {
    expect(checkIdNumber(withCheck('37132720000229001'), TODAY).ok).toBe(true);
    expect(checkIdNumber(withCheck('37132719000229001'), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
  });
});
