import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { type EvaluationBody, type RateLinkView } from '@onetrip/shared';
import { Empty, Page, Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage, isApiError } from '@/services/api-error';
import { getRateLink, rateByLink } from '@/services/evaluations';
import { toast } from '@/utils/toast';
import { Done, type Outcome } from './RateDone';
import { RateForm } from './RateForm';
import { RateHead } from './RateHead';

const INVALID = { title: '评价链接无效或已使用', desc: '链接可能已过期或已评价过，如需帮助请联系政务服务中心。' };

function Invalid() {
  return <Empty id="rate-link-invalid" icon="?" title={INVALID.title} desc={INVALID.desc} />;
}

function TokenBody({ token, link }: { token: string; link: RateLinkView }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | 'invalid' | null>(link.rated ? { kind: 'already' } : null);

  const submit = async (body: EvaluationBody) => {
    if (busy) return;
    setBusy(true);
    try {
      setOutcome({ kind: 'rated', rating: await rateByLink(token, body) });
    } catch (e) {
      // 409: rated in the app meanwhile; 404: the link was used (another tap, another phone) or expired.
      if (isApiError(e) && e.code === 'INVALID_STATE') setOutcome({ kind: 'already' });
      else if (isApiError(e) && e.code === 'NOT_FOUND') setOutcome('invalid');
      else toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <RateHead number={link.number} title={link.itemNames.join('、')} titleId="rate-items" />
      {outcome === 'invalid' ? (
        <Invalid />
      ) : outcome ? (
        <Done outcome={outcome} />
      ) : (
        <RateForm busy={busy} onSubmit={(body) => void submit(body)} />
      )}
    </View>
  );
}

/**
 * `?t=<token>`: the rating link texted when the case was completed, for people who followed it by
 * SMS and may have no WeChat. No login: the token alone opens this one case, once.
 */
export function TokenRate({ token }: { token: string }) {
  const state = useResource(useCallback(() => getRateLink(token), [token]));
  const notFound = isApiError(state.error) && state.error.code === 'NOT_FOUND';
  return (
    <Page id="case-rate">
      {notFound ? <Invalid /> : <Remote state={state}>{(link) => <TokenBody token={token} link={link} />}</Remote>}
    </Page>
  );
}
