import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ProgressView } from '@onetrip/shared';
import { Button, Field, FieldError, Page, Section, Tag, Timeline } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { getProgress } from '@/services/applications';
import { statusTone } from '@/utils/labels';
import '../cases/cases.scss';

const NOT_FOUND_MESSAGE = '未查到该办件，请核对办件编号和手机号后4位';

/**
 * The rules and messages of the shared `ProgressQuery` schema, without zod: importing a schema
 * would put the whole of zod (~100 KB) into the main package for two regular expressions.
 */
const NUMBER_PATTERN = /^ZW[0-9]{14}$/;
const LAST4_PATTERN = /^[0-9]{4}$/;

function queryProblem(number: string, phoneLast4: string): string {
  if (!NUMBER_PATTERN.test(number)) return '办件编号格式不正确';
  if (!LAST4_PATTERN.test(phoneLast4)) return '请输入手机号后4位';
  return '';
}

/** 办件进度查询: anyone with the number and the last 4 digits of the applicant's phone (no login). */
export default function ProgressPage() {
  const { params } = useRouter();
  const [number, setNumber] = useState(params.number ?? '');
  const [phone, setPhone] = useState('');
  const [problem, setProblem] = useState('');
  const [result, setResult] = useState<ProgressView | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    const query = { number: number.trim().toUpperCase(), phoneLast4: phone.trim() };
    const invalid = queryProblem(query.number, query.phoneLast4);
    setProblem(invalid);
    if (invalid) return;
    setBusy(true);
    try {
      setResult(await getProgress(query.number, query.phoneLast4));
    } catch (error) {
      setResult(null);
      setProblem(isApiError(error) && error.code === 'NOT_FOUND' ? NOT_FOUND_MESSAGE : errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page id="progress" className="progress-page">
      <Section title="输入办件编号和申请人手机号后4位">
        <Field
          label="办件编号"
          input={{
            id: 'progress-number',
            value: number,
            maxlength: 16,
            placeholder: '如 ZW20261125000123',
            onInput: setNumber,
          }}
        />
        <Field
          label="手机后4位"
          input={{
            id: 'progress-phone',
            type: 'number',
            maxlength: 4,
            value: phone,
            placeholder: '申请时填写的手机号后4位',
            onInput: (text) => setPhone(text.replace(/\D/g, '')),
          }}
        />
        {problem ? <FieldError id="progress-error">{problem}</FieldError> : null}
      </Section>
      <View className="page-actions">
        <Button id="progress-submit" kind="primary" block loading={busy} onClick={() => void search()}>
          查询进度
        </Button>
        <Text className="muted">办件编号见提交成功后的页面和短信通知。</Text>
      </View>

      {result ? (
        <View id="progress-result">
          <View className="head-card case-head">
            <View className="case-head__number-row">
              <Text className="case-head__number-label">办件编号</Text>
              <Text className="case-head__number">{result.number}</Text>
            </View>
            <View className="case-head__status">
              <Tag tone={statusTone(result.status)}>
                <Text id="progress-status">{CASE_STATUS_LABELS[result.status]}</Text>
              </Tag>
            </View>
            <Text className="head-card__title">{result.itemNames.join('、')}</Text>
          </View>
          <Section title="办理进度" padded>
            <Timeline id="progress-timeline" rows={result.timeline} />
          </Section>
        </View>
      ) : null}
    </Page>
  );
}
