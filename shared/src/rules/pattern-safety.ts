// Named imports of the files themselves: ret's main module replaces `module.exports` (so it has no
// named `tokenizer`), and a default import would need a Babel runtime helper the mini-program's jest cannot find here.
import { tokenizer } from 'ret/dist/tokenizer';
import { types, type Root, type Token } from 'ret/dist/types';

/**
 * Form-field patterns are typed by an administrator and run on residents'
 * input, in the BFF and in the mini-program, with JavaScript's backtracking
 * engine. A pattern like `(a+)+b` takes exponential time on a few dozen
 * characters, so the catalog only accepts patterns whose backtracking is
 * bounded by their shape (checked here, on `ret`'s parse tree), and matching
 * only ever sees short input (PATTERN_INPUT_MAX). See docs/decisions.md,
 * "Input that cannot stall the server".
 */

/** The longest value a pattern is matched against: patterns describe codes and numbers, not prose. */
export const PATTERN_INPUT_MAX = 200;
/** Variable repetitions (`?`, `*`, `{2,5}`) plus `|` branches a pattern may have in all. */
const BRANCH_BUDGET = 10;
/** Repetitions that may run long (`+`, `*`, `{1,20}`): two give at most n² tries on n characters. */
const LONG_BUDGET = 2;
const LONG_REPEAT = 10;
/** `(?<=` or `(?<!` not preceded by a backslash. */
const LOOKBEHIND = /(?<!\\)\(\?<[=!]/;

export const PATTERN_MESSAGES = {
  invalid: '校验规则不是有效的正则表达式',
  unsupported: '校验规则使用了不支持的写法，请简化',
  reference: '校验规则不能使用反向引用（如 \\1）',
  lookaround: '校验规则不能使用前后断言（如 (?=…)、(?!…)）',
  nested: '校验规则不能嵌套重复（如 (a+)+），这类规则会让系统长时间卡住',
  branchRepeated: '校验规则中重复的部分不能含“|”分支（如 (a|ab)*），这类规则会让系统长时间卡住',
  tooManyLong: `校验规则中不定长的重复（如 +、*、{1,20}）最多 ${LONG_BUDGET} 处`,
  tooComplex: `校验规则过于复杂（可变重复和“|”分支合计最多 ${BRANCH_BUDGET} 处），请简化`,
} as const;

interface Tally {
  branches: number;
  long: number;
}

/** Tokens directly under a token: a group's or root's branches, a repetition's body. */
function branchesOf(token: Root | Token): Token[][] {
  if (token.type === types.ROOT || token.type === types.GROUP) {
    return token.options ?? (token.stack ? [token.stack] : []);
  }
  if (token.type === types.REPETITION) return [[token.value]];
  return [];
}

/** True when `|` occurs anywhere in the token. */
function hasAlternation(token: Root | Token): boolean {
  const branches = branchesOf(token);
  if ((token.type === types.ROOT || token.type === types.GROUP) && branches.length > 1) return true;
  return branches.some((b) => b.some(hasAlternation));
}

/**
 * Walks the tree; `underVariable` is set inside a repetition of varying count,
 * `times` is how often a fixed repetition (`{3}`) repeats what is inside it.
 */
function walk(token: Root | Token, underVariable: boolean, times: number, tally: Tally): string | null {
  if (token.type === types.REFERENCE) return PATTERN_MESSAGES.reference;
  if (token.type === types.GROUP && (token.followedBy || token.notFollowedBy || token.lookBehind))
    return PATTERN_MESSAGES.lookaround;
  let inner = times;
  let variable = underVariable;
  if (token.type === types.REPETITION) {
    const varying = token.min !== token.max;
    if (varying && underVariable) return PATTERN_MESSAGES.nested;
    if (varying && hasAlternation(token.value)) return PATTERN_MESSAGES.branchRepeated;
    if (varying) {
      tally.branches += times;
      if (token.max > LONG_REPEAT) tally.long += times;
    } else inner = times * Math.max(token.min, 1);
    variable = underVariable || varying;
  }
  const branches = branchesOf(token);
  if (token.type !== types.REPETITION && branches.length > 1) tally.branches += (branches.length - 1) * times;
  for (const branch of branches) {
    for (const t of branch) {
      const problem = walk(t, variable, inner, tally);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Why a form-field pattern is refused, or null when it is accepted: it must
 * compile as a JavaScript `u` pattern and its backtracking must be bounded —
 * no back-references or lookaround, no repetition inside a repetition of
 * varying count, no `|` inside one, at most LONG_BUDGET long repetitions and
 * BRANCH_BUDGET choice points in all. Accepted patterns take at most about
 * 2^BRANCH_BUDGET × n² steps on n ≤ PATTERN_INPUT_MAX characters.
 */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return PATTERN_MESSAGES.invalid;
  }
  // ret does not parse lookbehind; refused all the same.
  if (LOOKBEHIND.test(pattern)) return PATTERN_MESSAGES.lookaround;
  let tree: Root;
  try {
    tree = tokenizer(pattern);
  } catch {
    return PATTERN_MESSAGES.unsupported;
  }
  const tally: Tally = { branches: 0, long: 0 };
  const problem = walk(tree, false, 1, tally);
  if (problem) return problem;
  if (tally.long > LONG_BUDGET) return PATTERN_MESSAGES.tooManyLong;
  if (tally.branches > BRANCH_BUDGET) return PATTERN_MESSAGES.tooComplex;
  return null;
}
