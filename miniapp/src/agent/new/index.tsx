import { useCallback, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, FooterBar, Loading, Page, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { createApplication } from '@/services/applications';
import { getChain, getItem } from '@/services/catalog';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { readyApplicant, type ApplicantDraft } from '../common/applicant';
import { ApplicantForm } from './ApplicantForm';
import { ItemPicker, type PickedTarget } from './ItemPicker';
import '../common/agent.scss';

const EMPTY: ApplicantDraft = { name: '', idNumber: '', phone: '' };

/** `?code=` (from an item's guide) or `?chain=`: what to apply for is already chosen. */
async function presetTarget(code?: string, chain?: string): Promise<PickedTarget | null> {
  if (code) return { kind: 'item', code, name: (await getItem(code)).name };
  if (chain) return { kind: 'chain', code: chain, name: (await getChain(chain)).name };
  return null;
}

/**
 * 新建代办: the item (searched here, or brought from a guide) and the resident (name, ID number,
 * phone) → POST /applications with `applicant` → the authorization page of the new case.
 */
export default function AgentNewPage() {
  const { params } = useRouter();
  const preset = useResource(useCallback(() => presetTarget(params.code, params.chain), [params.code, params.chain]));
  const [picked, setPicked] = useState<PickedTarget | null | undefined>(undefined);
  const [applicant, setApplicant] = useState<ApplicantDraft>(EMPTY);
  const [creating, setCreating] = useState(false);
  const sending = useRef(false);

  // The agent's own choice wins over the preset; `null` is 更换 (back to the search).
  const target = picked === undefined ? (preset.data ?? null) : picked;
  const ready = readyApplicant(applicant);

  const create = async () => {
    if (!target || !ready || sending.current) return;
    sending.current = true;
    setCreating(true);
    try {
      const body =
        target.kind === 'item' ? { items: [target.code], applicant: ready } : { chain: target.code, applicant: ready };
      const view = await createApplication(body, { silent: true });
      toast('已创建，请获取居民授权');
      await Taro.redirectTo({ url: PAGES.agentAuthorization(view.id) });
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      sending.current = false;
      setCreating(false);
    }
  };

  if (picked === undefined && preset.loading && (params.code || params.chain)) {
    return (
      <Page id="agent-new">
        <Loading />
      </Page>
    );
  }

  return (
    <Page id="agent-new" className="agent">
      {target ? (
        <Section id="agent-target" title="代办事项">
          <View className="cell agent-target">
            <View className="cell__main">
              <Text id="agent-selected-item" className="agent-target__name">
                {target.name}
              </Text>
              {target.kind === 'chain' ? <View className="muted">一链办理：一张表单、一套材料</View> : null}
            </View>
            <Text id="agent-change-item" className="link" onClick={() => setPicked(null)}>
              更换
            </Text>
          </View>
        </Section>
      ) : (
        <ItemPicker onPick={setPicked} />
      )}

      {target ? (
        <>
          <Section id="agent-applicant-section" title="第二步：填写居民（申请人）信息">
            <ApplicantForm value={applicant} onChange={setApplicant} disabled={creating} />
          </Section>
          <View className="hint">
            申请以居民本人名义提交。创建后请居民用本人微信扫码确认授权，或上传居民签字的纸质授权委托书。
          </View>
          <FooterBar>
            <Button
              id="agent-create"
              kind="primary"
              block
              disabled={!ready}
              loading={creating}
              onClick={() => void create()}
            >
              创建代办申请
            </Button>
          </FooterBar>
        </>
      ) : null}
    </Page>
  );
}
