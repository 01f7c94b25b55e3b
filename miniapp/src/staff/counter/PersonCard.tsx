import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type CounterPerson } from '@onetrip/shared';
import { Section, Tag } from '@/components';
import { RegisterForm } from './RegisterForm';

/**
 * The person being served, as the counter shows them (numbers masked): 修改 corrects the name or the
 * phone (the same registration, which answers 200), 换人 starts again with another ID number.
 */
export function PersonCard({
  idNumber,
  person,
  onChanged,
  onChangePerson,
}: {
  idNumber: string;
  person: CounterPerson;
  onChanged: (person: CounterPerson) => void;
  onChangePerson: () => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Section
      id="counter-person"
      title="申请人"
      extra={
        <Text id="counter-person-change" className="link" onClick={onChangePerson}>
          换人
        </Text>
      }
    >
      <View className="cell counter-person">
        <View className="cell__main">
          <View className="counter-person__name">
            <Text id="counter-person-name">{person.name}</Text>
            {person.wechatVerified ? <Tag tone="green">已在微信实名</Tag> : <Tag>未用微信</Tag>}
          </View>
          <View className="muted">{`身份证 ${person.idNumberMasked} · 手机 ${person.phoneMasked}`}</View>
          {person.wechatVerified ? (
            <View className="muted">本人微信“我的办件”中也能看到柜台办理的办件</View>
          ) : (
            <View className="muted">办理进度、取件码将以短信发送到登记的手机号</View>
          )}
        </View>
        {editing ? null : (
          <Text id="counter-person-edit" className="link" onClick={() => setEditing(true)}>
            修改
          </Text>
        )}
      </View>
      {editing ? (
        <RegisterForm
          idNumber={idNumber}
          person={person}
          onCancel={() => setEditing(false)}
          onRegistered={(next) => {
            setEditing(false);
            onChanged(next);
          }}
        />
      ) : null}
    </Section>
  );
}
