import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { normaliseUserQuery, userQueryKind, type UserSearchItem } from '@onetrip/shared';
import { Button, Cell, Field, FieldError } from '@/components';
import { errorMessage } from '@/services/api-error';
import { searchUsers } from '@/services/admin-users';

interface ActorPickerProps {
  actor: { id: string; label: string } | null;
  onChange: (actor: { id: string; label: string } | null) => void;
}

const labelOf = (u: UserSearchItem) => `${u.name ?? '未实名用户'}${u.phoneMasked ? ` ${u.phoneMasked}` : ''}`;

/** 操作人: found through the people search (by name or phone), never typed as an internal id. */
export function ActorPicker({ actor, onChange }: ActorPickerProps) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<UserSearchItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const find = async () => {
    const q = normaliseUserQuery(text);
    if (!q || !userQueryKind(q)) return setProblem('请输入姓名、手机号或身份证号');
    setProblem(null);
    try {
      setFound((await searchUsers({ q, pageSize: 10 })).items);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  if (actor)
    return (
      <Field label="操作人">
        <View className="admin-toolbar">
          <Text id="audit-actor">{actor.label}</Text>
          <Button id="audit-actor-clear" size="small" kind="plain" onClick={() => onChange(null)}>
            清除
          </Button>
        </View>
      </Field>
    );
  return (
    <>
      <Field
        label="操作人"
        error={problem}
        errorId="audit-actor-error"
        input={{
          id: 'audit-actor-search',
          value: text,
          maxlength: 40,
          placeholder: '姓名或手机号，回车查找（不填为全部）',
          confirmType: 'search',
          onInput: setText,
          onConfirm: () => void find(),
        }}
      />
      <View className="admin-toolbar">
        <Button id="audit-actor-find" size="small" onClick={() => void find()}>
          查找操作人
        </Button>
      </View>
      {found?.map((u) => (
        <Cell
          key={u.id}
          id={`audit-actor-option-${u.id}`}
          title={labelOf(u)}
          desc={u.idNumberMasked}
          onClick={() => {
            onChange({ id: u.id, label: labelOf(u) });
            setFound(null);
            setText('');
          }}
        />
      ))}
      {found?.length === 0 ? <FieldError>没有找到相关人员</FieldError> : null}
    </>
  );
}
