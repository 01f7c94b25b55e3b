import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { COMPLAINT_STATUS_LABELS, COMPLAINT_TEXT_MAX, type SupervisionComplaintView } from '@onetrip/shared';
import { Button, Cell, Section, Tag } from '@/components';
import { UploadThumb } from '@/features/case-materials/UploadThumb';
import { COMPLAINT_LIGHT_TEXT, complaintAboutText, complaintStatusTone } from '@/features/complaints';
import { formatDateTime } from '@/utils/time';

/**
 * One complaint as its supervisor reads it (the read is audited): the filer masked, what it is about and the
 * departments concerned, the text and photos, earlier answers and ratings, and the answer box while it waits.
 */
export function ComplaintCase({
  view,
  busy,
  onAnswer,
}: {
  view: SupervisionComplaintView;
  busy: boolean;
  onAnswer: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const light = view.deadline.light;
  return (
    <Section id="complaint-case" title={`${view.number} · ${view.kind} · ${view.category}`} padded>
      <View className="cq-case__head">
        <Tag tone={complaintStatusTone(view.status)}>
          <Text id="complaint-case-status">{COMPLAINT_STATUS_LABELS[view.status]}</Text>
        </Tag>
        <Text id="complaint-case-due" className="muted">
          {`${formatDateTime(view.filedAt)} 提交 · 期限 ${formatDateTime(view.deadline.dueAt)}${light ? ` · ${COMPLAINT_LIGHT_TEXT[light]}` : ''}`}
        </Text>
      </View>
      <Cell title="涉及" value={complaintAboutText(view.about)} />
      <Cell title="相关部门" value={view.departments.length ? view.departments.join('、') : '中心（总体）'} />
      <Cell
        id="complaint-case-person"
        title="投诉人"
        value={view.complainant ? `${view.complainant.name} ${view.complainant.phoneMasked}` : '未实名'}
      />
      <View id="complaint-case-text" className="cq-case__text">
        {view.text}
      </View>
      {view.photos.length ? (
        <View id="complaint-case-photos" className="cq-case__photos">
          {view.photos.map((id, i) => (
            <UploadThumb key={id} id={id} index={i} />
          ))}
        </View>
      ) : null}
      {view.answers.map((a, i) => (
        <View key={a.at} className="cq-case__answer">
          <View className="muted">{`${i === 0 ? '答复' : '复核答复'} · ${formatDateTime(a.at)}`}</View>
          <View>{a.text}</View>
          {view.ratings[i] ? (
            <View className="muted">{`评价：${view.ratings[i]?.result}${view.ratings[i]?.text ? `（${view.ratings[i]?.text}）` : ''}`}</View>
          ) : null}
        </View>
      ))}
      {view.status === 'pending' ? (
        <View className="cq-case__reply">
          <Textarea
            id="complaint-answer-text"
            className="cq-case__textarea"
            value={text}
            maxlength={COMPLAINT_TEXT_MAX}
            placeholder={
              view.answers.length ? '复核意见：请说明核查结果和处理措施' : '答复内容：请说明核查结果和处理措施'
            }
            onInput={(e) => setText(e.detail.value)}
          />
          <Button
            id="complaint-answer-submit"
            kind="primary"
            disabled={text.trim().length < 5}
            loading={busy}
            onClick={() => onAnswer(text.trim())}
          >
            答复
          </Button>
        </View>
      ) : null}
    </Section>
  );
}
