import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Empty, FieldError, Loading, SearchBar, Section, Tag } from '@/components';
import { useDebounced } from '@/hooks/use-debounced';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { listChains, listItems } from '@/services/catalog';
import { startCounterCase } from '@/services/counter';
import { cx } from '@/utils/cx';
import { promisedDaysLabel } from '@/utils/labels';
import { toast } from '@/utils/toast';
import { type Clerk } from '../common/kinds';
import { caseBody, choiceCount, isChosen, MAX_ITEMS, NOTHING, toggleChain, toggleItem, type Choice } from './choice';
import { COUNTER_PAGES } from './routes';

/** A department window takes only its own department's items: the lists show only those. */
const departmentOf = (clerk: Clerk) => (clerk.kind === 'department' ? clerk.department : undefined);

function PickRow({
  id,
  on,
  title,
  desc,
  onClick,
}: {
  id: string;
  on: boolean;
  title: string;
  desc: string;
  onClick: () => void;
}) {
  return (
    <View
      id={id}
      className={cx('cell cell--link counter-pick', on && 'counter-pick--on')}
      data-checked={on}
      onClick={onClick}
    >
      <Text className="check__box counter-pick__box">{on ? '✓' : ''}</Text>
      <View className="cell__main">
        <View className="counter-pick__title">{title}</View>
        <View className="muted">{desc}</View>
      </View>
    </View>
  );
}

/**
 * What the person came for, searched as on the home page (a name or its pinyin initials): tap several
 * items (一次办多事, one form for all of them) or one chain (一链办理), then 开始受理 starts one case.
 */
export function ChooseItems({ clerk, personId }: { clerk: Clerk; personId: string }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [choice, setChoice] = useState<Choice>(NOTHING);
  const [problem, setProblem] = useState('');
  const [starting, setStarting] = useState(false);
  const department = departmentOf(clerk);
  const items = useResource(
    useCallback(() => listItems({ q: q || undefined, department, pageSize: 20 }), [q, department]),
  );
  const chains = useResource(useCallback(() => listChains({ q: q || undefined }), [q]));
  const chainRows = (chains.data?.items ?? []).filter((c) => !department || c.leadDepartment === department);

  const start = async () => {
    const body = caseBody(personId, choice);
    if (!body || starting) return;
    setStarting(true);
    setProblem('');
    try {
      const view = await startCounterCase(body);
      toast('已开始受理', 'success');
      await Taro.redirectTo({ url: COUNTER_PAGES.case(view.id) });
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setStarting(false);
    }
  };

  const chosenNames = choice.kind === 'chain' ? [`一链办理：${choice.chain.name}`] : choice.items.map((i) => i.name);
  return (
    <Section id="counter-items" title="选择办理事项：可选多项一次办，或选一条“一链办理”">
      <SearchBar value={text} placeholder="搜索事项，支持拼音首字母" onChange={setText} />
      {items.loading && !items.data ? <Loading /> : null}
      {items.error && !items.data ? <FieldError>{errorMessage(items.error)}</FieldError> : null}
      {chainRows.map((c) => (
        <PickRow
          key={c.code}
          id={`counter-chain-${c.code}`}
          on={isChosen(choice, 'chain', c.code)}
          title={`一链办理：${c.name}`}
          desc={c.itemNames.join('、')}
          onClick={() =>
            setChoice((now) => toggleChain(now, { code: c.code, name: c.name, department: c.leadDepartment }))
          }
        />
      ))}
      {(items.data?.items ?? []).map((item) => (
        <PickRow
          key={item.code}
          id={`counter-item-${item.code}`}
          on={isChosen(choice, 'items', item.code)}
          title={item.name}
          desc={`${item.department} · ${promisedDaysLabel(item.promisedDays)}`}
          onClick={() =>
            setChoice((now) => {
              const next = toggleItem(now, item);
              if (next === now) toast(`一件最多 ${MAX_ITEMS} 个事项`);
              return next;
            })
          }
        />
      ))}
      {items.data && !items.data.items.length && !chainRows.length ? (
        <Empty id="counter-items-empty" title="没有找到相关事项" desc="换个关键词试试" />
      ) : null}
      <View id="counter-selected" className="counter-selected">
        <View className="counter-selected__names">
          {chosenNames.length ? (
            <>
              <Tag tone="green">{`已选 ${choiceCount(choice)}`}</Tag>
              <Text>{chosenNames.join('、')}</Text>
            </>
          ) : (
            <Text className="muted">尚未选择事项</Text>
          )}
        </View>
        {problem ? <FieldError id="counter-start-error">{problem}</FieldError> : null}
        <Button
          id="counter-start"
          kind="primary"
          block
          disabled={!chosenNames.length}
          loading={starting}
          onClick={() => void start()}
        >
          {choice.kind === 'items' && choice.items.length > 1
            ? `开始受理（${choice.items.length} 个事项一次办）`
            : '开始受理'}
        </Button>
      </View>
    </Section>
  );
}
