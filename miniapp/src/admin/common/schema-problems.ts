import { type z } from 'zod';
import { type ErrorDetail } from '@onetrip/shared';
import { fromDotted, pathKey, type Path } from './paths';

/** One problem of what is being edited: where it is, and what to do about it. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

type RawIssue = z.core.$ZodRawIssue;

const yuan = (fen: number | bigint) => `${Number(fen) / 100} 元`;

/**
 * Chinese words for the schema's own checks (a message the schema states itself — 材料编码格式不正确,
 * the cross-field rules — is kept as it is: zod asks this map only for the others). Amounts are in
 * fen in the guide and in 元 on screen.
 */
function messageOf(issue: RawIssue, money: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return '请填写';
      if (issue.expected === 'int') return money ? '金额最多两位小数' : '应为整数';
      if (issue.expected === 'number') return money ? '应为金额' : '应为数字';
      if (issue.expected === 'boolean') return '请选择是或否';
      return '内容不正确';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '请填写' : `至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`;
      return money ? `不能少于 ${yuan(issue.minimum)}` : `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return money ? `不能超过 ${yuan(issue.maximum)}` : `不能大于 ${issue.maximum}`;
    case 'invalid_value':
    case 'invalid_union':
      return '请选择';
    case 'unrecognized_keys':
      return `不支持的内容：${issue.keys.join('、')}`;
    case 'invalid_format':
      return '格式不正确';
    default:
      return '内容不正确';
  }
}

/**
 * Every problem the shared schema finds in `value`, with Chinese messages, once per place and
 * message. `money` names the paths that hold fen. A value too broken for the schema's cross-field
 * rules (they may throw on it) gives no problems here: saving and publishing check it again.
 */
export function schemaProblems(schema: z.ZodType, value: unknown, money: ReadonlyArray<Path> = []): Problem[] {
  const moneyKeys = new Set(money.map(pathKey));
  let issues: z.core.$ZodIssue[];
  try {
    const result = schema.safeParse(value, {
      error: (issue) => messageOf(issue, moneyKeys.has(pathKey((issue.path ?? []).map(toPart)))),
    });
    issues = result.success ? [] : result.error.issues;
  } catch {
    return [];
  }
  return unique(issues.map((issue) => ({ path: issue.path.map(toPart), message: issue.message })));
}

const toPart = (part: PropertyKey): string | number => (typeof part === 'number' ? part : String(part));

export function unique(problems: ReadonlyArray<Problem>): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${pathKey(p.path)}\n${p.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The problems a refused write (400 VALIDATION_FAILED) names in its details, at their paths. */
export function detailProblems(details: ReadonlyArray<ErrorDetail>): Problem[] {
  return details.flatMap((d) =>
    'path' in d && (d.in === undefined || d.in === 'body') ? [{ path: fromDotted(d.path), message: d.message }] : [],
  );
}
