import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, FieldError, Section } from '@/components';
import { saveCourierCompanies } from '@/services/admin-users';
import { useListEditor } from './use-list-editor';
import { addCompany, sameList } from './lists-model';

/**
 * 快递公司: the courier companies the centre works with. Saved as one list; the company carrying the
 * centre's certificates, and one couriers still work for, cannot be removed (the server says which).
 */
export function CompaniesSection({ saved, onSaved }: { saved: string[]; onSaved: () => void }) {
  const [name, setName] = useState('');
  const { list, setList, problem, setProblem, busy, save } = useListEditor(
    saved,
    saveCourierCompanies,
    '快递公司名单已保存',
    onSaved,
  );

  const add = () => {
    const added = addCompany(list, name);
    if ('problem' in added) return setProblem(added.problem);
    setList(added.list);
    setName('');
    setProblem(null);
  };

  return (
    <Section id="companies-section" title={`快递公司（${list.length}）`}>
      {list.map((company, i) => (
        <View key={company} id={`company-${i}`} className="admin-table__row">
          <Text className="admin-table__cell">{company}</Text>
          <Button
            id={`company-remove-${i}`}
            size="small"
            kind="plain"
            onClick={() => setList(list.filter((_, j) => j !== i))}
          >
            移除
          </Button>
        </View>
      ))}
      <View className="admin-toolbar">
        <Input
          id="company-name"
          className="users-input"
          value={name}
          maxlength={40}
          placeholder="快递公司名称"
          onInput={(e) => setName(e.detail.value)}
          onConfirm={add}
        />
        <Button id="company-add" size="small" onClick={add}>
          添加
        </Button>
      </View>
      {problem ? <FieldError id="companies-error">{problem}</FieldError> : null}
      <View className="admin-toolbar">
        <Button
          id="companies-save"
          kind="primary"
          disabled={sameList(list, saved)}
          loading={busy}
          onClick={() => void save()}
        >
          保存快递公司名单
        </Button>
      </View>
    </Section>
  );
}
