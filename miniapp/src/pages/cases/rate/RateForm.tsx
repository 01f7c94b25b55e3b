import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { type EvaluationBody, type EvaluationTag } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { cx } from '@/utils/cx';
import { COMMENT_MAX, FOLLOWUP_DAYS, FOLLOWUP_MAX_SCORE, RATING_TAGS, SCORE_LABELS, ratingBody } from './rating';

/** Five whole stars, each a large tap target; the chosen score is also said in words. */
function StarPicker({ score, onChange }: { score: number; onChange: (score: number) => void }) {
  return (
    <View id="rate-stars" className="rate-stars">
      <View className="rate-stars__row">
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            id={`rate-star-${n}`}
            className={cx('rate-star', n <= score && 'rate-star--on')}
            hoverClass="rate-star--active"
            onClick={() => onChange(n)}
          >
            {n <= score ? '★' : '☆'}
          </View>
        ))}
      </View>
      <Text id="rate-score-label" className={cx('rate-stars__label', score > 0 && 'rate-stars__label--on')}>
        {score ? `${score} 星 · ${SCORE_LABELS[score]}` : '请点击星星打分'}
      </Text>
    </View>
  );
}

/** 好差评: stars, reasons (optional), text (optional); `onSubmit` sends it. */
export function RateForm({ busy, onSubmit }: { busy: boolean; onSubmit: (body: EvaluationBody) => void }) {
  const [score, setScore] = useState(0);
  const [tags, setTags] = useState<EvaluationTag[]>([]);
  const [comment, setComment] = useState('');
  const toggle = (tag: EvaluationTag) =>
    setTags((list) => (list.includes(tag) ? list.filter((t) => t !== tag) : [...list, tag]));

  return (
    <View>
      <Section title="您对本次办理满意吗？" padded>
        <StarPicker score={score} onChange={setScore} />
        {score > 0 && score <= FOLLOWUP_MAX_SCORE ? (
          <View id="rate-followup-hint" className="rate-hint">
            {`很抱歉让您不满意。提交后，政务服务中心将在 ${FOLLOWUP_DAYS} 个工作日内回访。`}
          </View>
        ) : null}
      </Section>

      <Section title="遇到的问题（可多选，选填）" padded>
        <View id="rate-tags" className="rate-tags">
          {RATING_TAGS.map(({ tag, slug }) => (
            <Text
              key={slug}
              id={`rate-tag-${slug}`}
              className={cx('chip', 'rate-tag', tags.includes(tag) && 'chip--active')}
              onClick={() => toggle(tag)}
            >
              {tags.includes(tag) ? `✓ ${tag}` : tag}
            </Text>
          ))}
        </View>
      </Section>

      <Section title="意见和建议（选填）" padded>
        <Textarea
          id="rate-comment"
          className="rate-comment"
          value={comment}
          maxlength={COMMENT_MAX}
          placeholder="请说说您的办事感受"
          placeholderClass="field__placeholder"
          onInput={(e) => setComment(e.detail.value)}
        />
        <View className="rate-comment__count muted">{`${comment.length}/${COMMENT_MAX}`}</View>
      </Section>

      <View className="hint">评价提交后不能修改，每件办件只能评价一次。</View>
      <View className="page-actions">
        <Button
          id="rate-submit"
          kind="primary"
          block
          disabled={!score}
          loading={busy}
          onClick={() => onSubmit(ratingBody(score, tags, comment))}
        >
          提交评价
        </Button>
      </View>
    </View>
  );
}
