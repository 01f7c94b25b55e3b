import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import {
  COMPLAINT_ANSWER_DAYS,
  COMPLAINT_MAX_ROUNDS,
  COMPLAINT_RESULTS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintRatingBody,
  type ComplaintResult,
  type ComplaintView,
} from '@onetrip/shared';
import { Button, Cell, HelpPhones, Section, Tag } from '@/components';
import { UploadThumb } from '@/features/case-materials/UploadThumb';
import { COMPLAINT_LIGHT_TEXT, complaintAboutText, complaintStatusTone } from '@/features/complaints';
import { formatDateTime } from '@/utils/time';

/** Where the clock stands while it waits for an answer (its light), or when it was filed. */
function DeadlineLine({ view }: { view: ComplaintView }) {
  const { light, dueAt } = view.deadline;
  if (view.status !== 'pending' || !light) return null;
  return (
    <Text id="complaint-deadline" className={`complaint-light complaint-light--${light}`}>
      {`应于 ${formatDateTime(dueAt)} 前答复 · ${COMPLAINT_LIGHT_TEXT[light]}`}
    </Text>
  );
}

/** 满意 / 基本满意 / 不满意 with an optional word; 不满意 of a first answer asks for a second look. */
function RateBox({
  view,
  busy,
  onRate,
}: {
  view: ComplaintView;
  busy: boolean;
  onRate: (b: ComplaintRatingBody) => void;
}) {
  const [text, setText] = useState('');
  const rate = (result: ComplaintResult) => onRate({ result, ...(text.trim() ? { text: text.trim() } : {}) });
  const second = view.answers.length >= COMPLAINT_MAX_ROUNDS;
  return (
    <Section id="complaint-rate" title="您对答复满意吗？" padded>
      <Textarea
        id="complaint-rate-text"
        className="complaint-text"
        value={text}
        maxlength={200}
        placeholder="还想说的话（选填）"
        placeholderClass="field__placeholder"
        onInput={(e) => setText(e.detail.value)}
      />
      <View className="complaint-rate">
        {COMPLAINT_RESULTS.map((result, i) => (
          <Button
            key={result}
            id={`complaint-rate-${i}`}
            kind={result === '不满意' ? 'warn' : i === 0 ? 'primary' : 'default'}
            block
            loading={busy}
            onClick={() => rate(result)}
          >
            {result}
          </Button>
        ))}
      </View>
      <View className="hint">
        {second
          ? '这是复核后的答复，评价后本件办结。'
          : `选“不满意”将转交复核，${COMPLAINT_ANSWER_DAYS} 个工作日内再次答复。`}
        {view.rateBy ? `请在 ${formatDateTime(view.rateBy)} 前评价。` : ''}
      </View>
    </Section>
  );
}

/** One complaint: number, status and light, what it is about, what was written, photos, answers, the rating. */
export function ComplaintDetail({
  view,
  busy,
  onRate,
}: {
  view: ComplaintView;
  busy: boolean;
  onRate: (body: ComplaintRatingBody) => void;
}) {
  return (
    <View>
      <View className="head-card">
        <View className="complaint-head__row">
          <Text id="complaint-number" className="complaint-head__number">
            {view.number}
          </Text>
          <Tag tone={complaintStatusTone(view.status)}>
            <Text id="complaint-status">{COMPLAINT_STATUS_LABELS[view.status]}</Text>
          </Tag>
        </View>
        <View className="head-card__sub">{`${view.kind} · ${view.category} · ${formatDateTime(view.filedAt)} 提交`}</View>
        <DeadlineLine view={view} />
      </View>

      <Section title="涉及">
        <Cell id="complaint-about" title={complaintAboutText(view.about)} />
      </Section>

      <Section title="内容" padded>
        <Text id="complaint-text" className="complaint-body-text">
          {view.text}
        </Text>
        {view.photos.length ? (
          <View className="complaint-photos__list">
            {view.photos.map((id, i) => (
              <UploadThumb key={id} id={id} index={i} />
            ))}
          </View>
        ) : null}
      </Section>

      {view.answers.length ? (
        <Section id="complaint-answers" title="答复" padded>
          {view.answers.map((a, i) => {
            const rating = view.ratings[i];
            return (
              <View key={a.at} id={`complaint-answer-${i}`} className="complaint-answer">
                <View className="muted">{`${i === 0 ? '答复' : '复核答复'} · ${formatDateTime(a.at)}`}</View>
                <Text className="complaint-body-text">{a.text}</Text>
                {rating ? (
                  <View className="complaint-answer__rating">{`您的评价：${rating.result}${rating.text ? `（${rating.text}）` : ''}`}</View>
                ) : null}
              </View>
            );
          })}
        </Section>
      ) : (
        <View id="complaint-waiting" className="hint">
          {`政务服务中心将在 ${COMPLAINT_ANSWER_DAYS} 个工作日内答复，答复后会通知您。`}
        </View>
      )}

      {view.canRate ? <RateBox view={view} busy={busy} onRate={onRate} /> : null}

      <HelpPhones id="complaint-help" title="还有疑问？可以电话咨询" />
    </View>
  );
}
