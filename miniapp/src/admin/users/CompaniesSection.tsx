import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, FieldError, Section } from '@/components';
import { saveCourierCompanies } from '@/services/admin-users';
import { toast } from '@/utils/toast';
import { fieldProblems } from '../common/field-problems';
import { addCompany, sameList } from './lists-model';

/**
 * 快递公司: the courier companies the centre works with. Saved as one list; the company carrying the
 * centre's certificates, and one couriers still work for, cannot be removed (the server says which).
 */
export function CompaniesSection({ saved, onSaved }: { saved: string[]; onSaved: () => void }) {
  const [list, setList] = useState<string[]>(saved);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setList(saved), [saved]);

  const add = () => {
    const added = addCompany(list, name);
    if ('problem' in added) return setProblem(added.problem);
    setList(added.list);
    setName('');
    setProblem(null);
  };
  const save = async () => {
    setBusy(true);
    try {
      await saveCourierCompanies(list);
      toast('快递公司名单已保存', 'success');
      setProblem(null);
      onSaved();
    } catch (e) {
      setProblem(fieldProblems(e).general);
    } finally {
      setBusy(false);
    }
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
