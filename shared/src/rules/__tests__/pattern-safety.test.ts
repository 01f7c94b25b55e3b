import { ItemInput, type FormField } from '../../schemas/catalog';
import { checkFieldValue } from '../form-field-value';
import { PATTERN_INPUT_MAX, PATTERN_MESSAGES, patternProblem } from '../pattern-safety';

describe('patternProblem', () => {
  it.each([
    ['(a+)+b', PATTERN_MESSAGES.nested],
    ['(?:\\d*)*$', PATTERN_MESSAGES.nested],
    ['(a|a)*b', PATTERN_MESSAGES.branchRepeated],
    ['(a|ab)+c', PATTERN_MESSAGES.branchRepeated],
    ['(a)\\1', PATTERN_MESSAGES.reference],
    ['a(?=b)', PATTERN_MESSAGES.lookaround],
    ['(?<!x)y', PATTERN_MESSAGES.lookaround],
    ['\\d*\\d*\\d*x', PATTERN_MESSAGES.tooManyLong],
    ['(?:a|a){30}b', PATTERN_MESSAGES.tooComplex],
    ['a?'.repeat(12) + 'a'.repeat(12), PATTERN_MESSAGES.tooComplex],
    ['([a-z', PATTERN_MESSAGES.invalid],
  ])('refuses %s', (pattern, message) => {
    expect(patternProblem(pattern)).toBe(message);
  });

  it.each([
    '^[0-9]{12,19}$',
    '[A-Z]{2}\\d{6}',
    '(男|女)',
    '(?:\\d{1,3}\\.){3}\\d{1,3}',
    '[\\u4e00-\\u9fa5·]{2,20}',
    '\\d+-\\d+',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });
});

describe('an accepted pattern on the longest input it may see', () => {
  const field = (pattern: string): FormField => ({
    key: 'f',
    label: '编号',
    type: 'text',
    required: true,
    rules: { pattern },
  });
  // The worst shapes the budgets let through: two overlapping long repetitions, many choice points.
  it.each(['\\d*\\d*x', '.*.*x', 'a?a?a?a?a?a?a?a?\\d+\\d+x'])('%s fails within 250 ms', (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
    const started = performance.now();
    expect(checkFieldValue(field(pattern), '1'.repeat(PATTERN_INPUT_MAX)).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('refuses longer input before matching', () => {
    const slow = field('(a+)+b'); // as if a stored guide held one from before the check
    const started = performance.now();
    const result = checkFieldValue({ ...slow, type: 'textarea' }, 'a'.repeat(PATTERN_INPUT_MAX + 1));
    expect(result).toEqual({ ok: false, reason: `编号不能超过 ${PATTERN_INPUT_MAX} 个字` });
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('ItemInput refuses unsafe patterns on the field’s rules.pattern', () => {
  const guide = (rules: FormField['rules'], type: FormField['type'] = 'text') => ({
    name: '测试事项',
    department: '县民政局',
    kind: '公共服务',
    legalBasis: '依据',
    conditions: [],
    materials: [],
    form: { fields: [{ key: 'code', label: '编号', type, required: true, rules }] },
    process: ['申请'],
    legalDays: 5,
    promisedDays: 2,
    fee: { amount: 0 },
    delivery: { window: true, express: true, expressFee: 0 },
    windows: [],
    trips: 0,
  });

  it('names (a+)+b as a pattern that stalls', () => {
    const result = ItemInput.safeParse(guide({ pattern: '(a+)+b' }));
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['form', 'fields', 0, 'rules', 'pattern'], message: PATTERN_MESSAGES.nested }),
    );
  });

  it('refuses a pattern on a field longer than the patterns’ input limit', () => {
    const result = ItemInput.safeParse(guide({ pattern: '\\d+' }, 'textarea'));
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['form', 'fields', 0, 'rules', 'maxLength'] }),
    );
    expect(ItemInput.safeParse(guide({ pattern: '\\d+', maxLength: 200 }, 'textarea')).success).toBe(true);
  });
});
