import { Text, View } from '@tarojs/components';
import { type Problem } from '../common/schema-problems';
import { problemPlace } from './check-guide';
import { type EditedGuide } from './guide-model';

/** How many problems the guide has, and each one with where it is (the field shows it too). */
export function ProblemSummary({ problems, guide }: { problems: ReadonlyArray<Problem>; guide: EditedGuide }) {
  if (problems.length === 0) {
    return (
      <View id="item-problems" className="admin-problems admin-problems--none">
        ✓ 没有发现问题，可以发布
      </View>
    );
  }
  return (
    <View id="item-problems" className="admin-problems">
      <Text className="admin-problems__count">{`${problems.length} 个问题需要修改后才能发布：`}</Text>
      {problems.map((p, i) => (
        <View key={i} id={`problem-${i}`} className="admin-problems__row">
          {`${p.path[0] === 'code' ? '事项编码' : problemPlace(p.path, guide)}：${p.message}`}
        </View>
      ))}
    </View>
  );
}
