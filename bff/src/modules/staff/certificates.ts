import { type IssueBody } from '@onetrip/shared';
import { type ApplicationRecord } from '../applications';
import { StaffErrors } from './staff.errors';

/** What the issue writes: each approved item's own number, the case's, and the timeline's note. */
export interface Certificates {
  set: Record<string, string>;
  note: string;
}

/**
 * Each approved item's certificate number (a denied item gets none). `{certificateNo}` (API.md) gives every
 * approved item that one number — a case with one certificate; `{certificates}` names each approved item
 * exactly once. 400 VALIDATION_FAILED (nothing written) listing every item missing, unknown or not approved.
 * The case's own `certificateNo` is the numbers joined (older readers show one line).
 */
export function certificatesOf(record: ApplicationRecord, body: IssueBody): Certificates {
  const approved = record.items.filter((i) => i.status === 'approved');
  const numbers = new Map(approved.map((i) => [i.code, body.certificateNo ?? '']));
  if (body.certificates) {
    const given = new Map(body.certificates.map((c) => [c.code, c.certificateNo]));
    const problems = [
      ...body.certificates.flatMap((c, n) => {
        const item = record.items.find((i) => i.code === c.code);
        if (item?.status === 'approved') return [];
        const message = item ? `「${item.name}」未审批通过，不出证` : `该办件没有事项 ${c.code}`;
        return [{ in: 'body' as const, path: `certificates.${n}.code`, message }];
      }),
      ...approved
        .filter((i) => !given.has(i.code))
        .map((i) => ({ in: 'body' as const, path: 'certificates', message: `请填写「${i.name}」的证照编号` })),
    ];
    if (problems.length) throw StaffErrors.invalid(problems);
    for (const item of approved) numbers.set(item.code, given.get(item.code) ?? '');
  }
  const set: Record<string, string> = {};
  record.items.forEach((item, n) => {
    const no = numbers.get(item.code);
    if (no) set[`items.${n}.certificateNo`] = no;
  });
  const distinct = [...new Set(numbers.values())];
  set.certificateNo = distinct.join('、');
  const note =
    distinct.length === 1
      ? `证照编号：${distinct[0]}`
      : approved.map((i) => `${i.name}：${numbers.get(i.code)}`).join('；');
  return { set, note };
}
