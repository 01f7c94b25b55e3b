import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import {
  COMPLAINT_ANSWER_DAYS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_TEXT_MAX,
  GOVERNMENT_HOTLINE,
  type ComplaintAboutInput,
  type ComplaintBody,
  type ComplaintCategory,
  type ComplaintKind,
} from '@onetrip/shared';
import { Button, Section } from '@/components';
import { cx } from '@/utils/cx';
import { PhotoField } from '../common/PhotoField';

const MIN_TEXT = 5;

/** The body as the API takes it: the text trimmed, photos and `about` only when there are any. */
export function complaintBody(
  kind: ComplaintKind,
  category: ComplaintCategory,
  text: string,
  photos: string[],
  about?: ComplaintAboutInput,
): ComplaintBody {
  return { kind, category, text: text.trim(), ...(photos.length ? { photos } : {}), ...(about ? { about } : {}) };
}

interface ComplaintFormProps {
  /** what it is about, prefilled when opened from a case or a window page */
  about?: ComplaintAboutInput;
  /** that in words (办件 ZW…, 窗口 …); none: the centre in general */
  aboutLabel?: string;
  busy: boolean;
  onSubmit: (body: ComplaintBody) => void;
}

/** 投诉建议: 投诉 or 建议, a category, what happened (5–500 characters), up to 3 photos. */
export function ComplaintForm({ about, aboutLabel, busy, onSubmit }: ComplaintFormProps) {
  const [kind, setKind] = useState<ComplaintKind>('投诉');
  const [category, setCategory] = useState<ComplaintCategory | null>(null);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const ready = category !== null && text.trim().length >= MIN_TEXT;

  return (
    <View>
      <Section title="涉及" padded>
        <Text id="complaint-about">{aboutLabel ?? '政务服务中心（总体）'}</Text>
      </Section>

      <Section title="类型" padded>
        <View className="complaint-choices">
          {COMPLAINT_KINDS.map((k, i) => (
            <Text
              key={k}
              id={`complaint-kind-${i}`}
              className={cx('chip', 'complaint-choice', kind === k && 'chip--active')}
              onClick={() => setKind(k)}
            >
              {kind === k ? `✓ ${k}` : k}
            </Text>
          ))}
        </View>
      </Section>

      <Section title="问题类别" padded>
        <View className="complaint-choices">
          {COMPLAINT_CATEGORIES.map((c, i) => (
            <Text
              key={c}
              id={`complaint-category-${i}`}
              className={cx('chip', 'complaint-choice', category === c && 'chip--active')}
              onClick={() => setCategory(c)}
            >
              {category === c ? `✓ ${c}` : c}
            </Text>
          ))}
        </View>
      </Section>

      <Section title={kind === '投诉' ? '遇到的问题' : '您的建议'} padded>
        <Textarea
          id="complaint-text"
          className="complaint-text"
          value={text}
          maxlength={COMPLAINT_TEXT_MAX}
          placeholder={kind === '投诉' ? '请写明时间、窗口和经过，便于核实' : '请写下您的建议'}
          placeholderClass="field__placeholder"
          onInput={(e) => setText(e.detail.value)}
        />
        <View className="complaint-text__count muted">{`${text.length}/${COMPLAINT_TEXT_MAX}`}</View>
      </Section>

      <Section title="照片" padded>
        <PhotoField photos={photos} onChange={setPhotos} />
      </Section>

      <View id="complaint-promise" className="hint">
        {`政务服务中心将在 ${COMPLAINT_ANSWER_DAYS} 个工作日内答复，答复后会通知您。紧急情况请拨打 ${GOVERNMENT_HOTLINE}。`}
      </View>
      <View className="page-actions">
        <Button
          id="complaint-submit"
          kind="primary"
          block
          disabled={!ready}
          loading={busy}
          onClick={() => category && onSubmit(complaintBody(kind, category, text, photos, about))}
        >
          提交
        </Button>
      </View>
    </View>
  );
}
