import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type Station } from '@onetrip/shared';
import { Button, FieldError, Section } from '@/components';
import { saveStations } from '@/services/admin-users';
import { useListEditor } from './use-list-editor';
import { addStation, sameList } from './lists-model';
import { stationLabel } from './role-editor-model';

/**
 * 代办服务站点: the agent stations the centre keeps (GET /admin/config lists them; before the first
 * save, those agents serve). Added and removed here, saved as one list; a station an agent still
 * serves cannot be removed (the server says which).
 */
export function StationsSection({ saved, onSaved }: { saved: Station[]; onSaved: () => void }) {
  const [town, setTown] = useState('');
  const [village, setVillage] = useState('');
  const { list, setList, problem, setProblem, busy, save } = useListEditor(
    saved,
    saveStations,
    '站点名单已保存',
    onSaved,
  );

  const add = () => {
    const added = addStation(list, town, village);
    if ('problem' in added) return setProblem(added.problem);
    setList(added.list);
    setVillage('');
    setProblem(null);
  };

  return (
    <Section id="stations-section" title={`代办服务站点（${list.length}）`}>
      {list.map((s, i) => (
        <View key={`${s.town}/${s.village}`} id={`station-${i}`} className="admin-table__row">
          <Text className="admin-table__cell">{stationLabel(s)}</Text>
          <Button
            id={`station-remove-${i}`}
            size="small"
            kind="plain"
            onClick={() => setList(list.filter((_, j) => j !== i))}
          >
            移除
          </Button>
        </View>
      ))}
      {list.length === 0 ? <View className="admin-table__row users-muted">还没有站点</View> : null}
      <View className="admin-toolbar">
        <Input
          id="station-town"
          className="users-input"
          value={town}
          maxlength={30}
          placeholder="乡镇（街道）"
          onInput={(e) => setTown(e.detail.value)}
        />
        <Input
          id="station-village"
          className="users-input"
          value={village}
          maxlength={30}
          placeholder="村（社区）"
          onInput={(e) => setVillage(e.detail.value)}
          onConfirm={add}
        />
        <Button id="station-add" size="small" onClick={add}>
          添加
        </Button>
      </View>
      {problem ? <FieldError id="stations-error">{problem}</FieldError> : null}
      <View className="admin-toolbar">
        <Button
          id="stations-save"
          kind="primary"
          disabled={sameList(list, saved)}
          loading={busy}
          onClick={() => void save()}
        >
          保存站点名单
        </Button>
      </View>
    </Section>
  );
}
