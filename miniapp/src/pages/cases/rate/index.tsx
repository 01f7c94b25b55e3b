import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationView, type EvaluationBody } from '@onetrip/shared';
import { Empty, Page, Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage, isApiError } from '@/services/api-error';
import { getApplication } from '@/services/applications';
import { rateApplication } from '@/services/evaluations';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { isRated } from './rating';
import { RateForm } from './RateForm';
import { RateHead } from './RateHead';
import { Done, type Outcome } from './RateDone';
import { TokenRate } from './TokenRate';
import '../cases.scss';
import './rate.scss';

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
      else toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <RateHead number={view.number ?? ''} title={title} />
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
 * `?t=`: the single-use link texted at completion, for people without WeChat (no login; `TokenRate`).
 */
export default function RateCasePage() {
  const { params } = useRouter();
  if (params.t) return <TokenRate token={params.t} />;
  return <RateById id={params.id ?? ''} />;
}

function RateById({ id }: { id: string }) {
  const { params } = useRouter();
  const caseState = useResource(useCallback(() => getApplication(id), [id]));
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
