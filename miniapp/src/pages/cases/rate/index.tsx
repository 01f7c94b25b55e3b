import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationView, type EvaluationBody, type EvaluationView } from '@onetrip/shared';
import { Button, Empty, Page, Remote } from '@/components';
import { useAsync } from '@/hooks/use-async';
import { errorMessage, isApiError } from '@/services/api-error';
import { getApplication } from '@/services/applications';
import { rateApplication } from '@/services/evaluations';
import { PAGES } from '@/utils/navigation';
import { FOLLOWUP_DAYS, FOLLOWUP_MAX_SCORE, SCORE_LABELS, isRated } from './rating';
import { RateForm } from './RateForm';
import '../cases.scss';
import './rate.scss';

type Outcome = { kind: 'rated'; rating: EvaluationView } | { kind: 'already' };

function Done({ outcome, onBack }: { outcome: Outcome; onBack: () => void }) {
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
      <Button id="rate-back" kind="default" block onClick={onBack}>
        返回办件
      </Button>
    </View>
  );
}

function RateBody({ view, back }: { view: ApplicationView; back: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(isRated(view) ? { kind: 'already' } : null);
  const title = view.chain?.name ?? view.items.map((i) => i.name).join('、');

  const submit = async (body: EvaluationBody) => {
    if (busy) return;
    setBusy(true);
    try {
      setOutcome({ kind: 'rated', rating: await rateApplication(view.id, body) });
    } catch (e) {
      // A completed case never changes status, so a 409 here means it was rated already (another tap or device).
      if (isApiError(e) && e.code === 'INVALID_STATE') setOutcome({ kind: 'already' });
      else void Taro.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="head-card case-head rate-head">
        <View className="case-head__number-row">
          <Text className="case-head__number-label">办件编号</Text>
          <Text id="case-number" className="case-head__number">
            {view.number ?? ''}
          </Text>
        </View>
        <Text className="head-card__title">{title}</Text>
      </View>
      {outcome ? (
        <Done outcome={outcome} onBack={back} />
      ) : view.status !== 'completed' ? (
        <Empty
          id="rate-unavailable"
          icon="!"
          title="办结后才能评价"
          desc={`这件办件目前${CASE_STATUS_LABELS[view.status]}，办结后再来评价吧。`}
          actionText="查看办件"
          onAction={back}
        />
      ) : (
        <RateForm busy={busy} onSubmit={(body) => void submit(body)} />
      )}
    </View>
  );
}

/**
 * 好差评 (`?id=`): rates a completed case once. Opened from the case page (`&from=case`: 返回 goes
 * back to it) or straight after a delivery or from a message (返回 then opens the case page in its place).
 */
export default function RateCasePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const caseState = useAsync(useCallback(() => getApplication(id), [id]));
  const back = () =>
    void (params.from === 'case' ? Taro.navigateBack() : Taro.redirectTo({ url: PAGES.caseDetail(id) }));
  return (
    <Page id="case-rate">
      <Remote state={caseState} notFound={{ title: '没有找到这件办件', desc: '请从“我的办件”重新打开' }}>
        {(view) => <RateBody view={view} back={back} />}
      </Remote>
    </Page>
  );
}
