import { Text, View } from '@tarojs/components';
import { type EvaluationView } from '@onetrip/shared';
import { Button } from '@/components';
import { FOLLOWUP_DAYS, FOLLOWUP_MAX_SCORE, SCORE_LABELS } from './rating';

export type Outcome = { kind: 'rated'; rating: EvaluationView } | { kind: 'already' };

/** Thanks (or: rated already). `onBack` absent (the texted link, no case page to go to): no button. */
export function Done({ outcome, onBack }: { outcome: Outcome; onBack?: () => void }) {
  const rating = outcome.kind === 'rated' ? outcome.rating : null;
  return (
    <View id="rate-done" className="rate-done">
      <View className="rate-done__icon">✓</View>
      <Text id="rate-done-title" className="rate-done__title">
        {rating ? '感谢您的评价' : '您已评价过这件办件'}
      </Text>
      {rating ? (
        <View id="rate-done-score" className="rate-done__score">
          {`${'★'.repeat(rating.score)}${'☆'.repeat(5 - rating.score)} ${SCORE_LABELS[rating.score] ?? ''}`}
        </View>
      ) : (
        <View className="muted">每件办件只能评价一次，感谢您的反馈。</View>
      )}
      {rating && rating.score <= FOLLOWUP_MAX_SCORE ? (
        <View className="muted">{`政务服务中心将在 ${FOLLOWUP_DAYS} 个工作日内回访，了解情况并改进。`}</View>
      ) : null}
      {onBack ? (
        <Button id="rate-back" kind="default" block onClick={onBack}>
          返回办件
        </Button>
      ) : null}
    </View>
  );
}
