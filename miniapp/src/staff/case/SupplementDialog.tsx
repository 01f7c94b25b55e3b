import { useState, type ReactNode } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type ApplicationView, type SupplementBody } from '@onetrip/shared';
import { Button } from '@/components';
import { cx } from '@/utils/cx';
import { Sheet } from '@/components';

/** What a problem is about: a material, a form field, or the delivery choice (a field named `delivery`). */
type Target = { kind: 'material'; code: string; name: string } | { kind: 'field'; code: string; name: string };

interface Problem {
  target: Target;
  reason: string;
}

/** What a notice can name: the case's materials and form fields (a staff case, or a case at the counter). */
type NoticeTargets = Pick<ApplicationView, 'materials' | 'form'>;

export function targetsOf(view: NoticeTargets): Target[] {
  return [
    ...view.materials.map((m) => ({ kind: 'material' as const, code: m.code, name: m.name })),
    ...view.form.fields.map((f) => ({ kind: 'field' as const, code: f.key, name: f.label })),
    { kind: 'field' as const, code: 'delivery', name: '领取方式' },
  ];
}

const targetId = (t: Target) => `target-${t.kind}-${t.code}`;
const targetLabel = (t: Target) => `${t.kind === 'material' ? '材料' : '信息'}：${t.name}`;

/** The request body of a notice: one problem per entry, naming a material or a field. */
export function supplementBody(problems: Problem[]): SupplementBody {
  return {
    problems: problems.map(({ target, reason }) =>
      target.kind === 'material' ? { materialCode: target.code, reason } : { field: target.code, reason },
    ),
  };
}

/**
 * The counter's 不予受理 writes the same kind of notice, with what the server lists itself (`lead`)
 * before the clerk's own problems, so none are needed there (`minProblems` 0).
 */
interface NoticeWording {
  id?: string;
  title?: string;
  confirmId?: string;
  confirmText?: (count: number) => string;
  lead?: ReactNode;
  minProblems?: number;
}

/** 一次性告知: every problem at once, with a preview of what the resident will see. */
export function SupplementDialog({
  view,
  busy,
  onSend,
  onClose,
  id = 'supplement-dialog',
  title = '一次性告知',
  confirmId = 'supplement-send',
  confirmText = (count) => `发送告知（${count} 项）`,
  lead,
  minProblems = 1,
}: NoticeWording & {
  view: NoticeTargets;
  busy: boolean;
  onSend: (body: SupplementBody) => void;
  onClose: () => void;
}) {
  const targets = targetsOf(view);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [target, setTarget] = useState<Target | null>(null);
  const [reason, setReason] = useState('');

  const add = () => {
    const text = reason.trim();
    if (!target || !text) return;
    setProblems((list) => [...list, { target, reason: text }]);
    setTarget(null);
    setReason('');
  };

  return (
    <Sheet
      id={id}
      title={title}
      confirmId={confirmId}
      confirmText={confirmText(problems.length)}
      disabled={problems.length < minProblems}
      busy={busy}
      onConfirm={() => onSend(supplementBody(problems))}
      onClose={onClose}
    >
      {lead}
      <View className="muted">选择需补正的材料或信息：</View>
      <View>
        {targets.map((t) => (
          <Text
            key={targetId(t)}
            id={targetId(t)}
            className={cx('staff-choice', target && targetId(target) === targetId(t) && 'staff-choice--on')}
            onClick={() => setTarget(t)}
          >
            {targetLabel(t)}
          </Text>
        ))}
      </View>
      <Input
        id="supplement-reason"
        className="sheet__input"
        value={reason}
        maxlength={200}
        placeholder="问题和补正要求，如：身份证复印件不清晰，请重新上传"
        onInput={(e) => setReason(e.detail.value)}
      />
      <Button id="supplement-add" size="small" disabled={!target || !reason.trim()} onClick={add}>
        添加这一项
      </Button>
      <View id="supplement-preview" className="staff-preview">
        <View className="muted">申请人将看到：</View>
        {problems.length ? (
          problems.map((p, i) => (
            <View key={i} id={`supplement-problem-${i}`} className="staff-preview__row">
              <Text>{`${i + 1}. ${targetLabel(p.target)} — ${p.reason}`}</Text>
              <Text
                id={`supplement-remove-${i}`}
                className="link"
                onClick={() => setProblems((list) => list.filter((_, j) => j !== i))}
              >
                {' 删除'}
              </Text>
            </View>
          ))
        ) : (
          <View className="muted">尚未添加问题</View>
        )}
      </View>
    </Sheet>
  );
}
