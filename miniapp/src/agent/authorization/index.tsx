import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationView } from '@onetrip/shared';
import { Button, Empty, FooterBar, Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { isAuthorized } from '@/utils/authorization';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { PaperAuthorization } from './PaperAuthorization';
import { WechatConfirm } from './WechatConfirm';
import '../common/agent.scss';

function Body({ caseState }: { caseState: ReturnType<typeof useCase> }) {
  const view = caseState.data as ApplicationView;
  const [refreshing, setRefreshing] = useState(false);
  const editable = view.status === 'draft' || view.status === 'supplement_required';
  const authorized = isAuthorized(view.authorization);

  const refresh = async () => {
    setRefreshing(true);
    const fresh = await caseState.refresh();
    setRefreshing(false);
    const status = fresh?.authorization?.status;
    if (status === 'confirmed') toast('居民已确认授权', 'success');
    else if (status === 'pending') toast('居民尚未确认');
  };

  return (
    <View>
      <View className="head-card agent-case-head">
        <Text className="muted">
          {view.number ? `办件编号 ${view.number}` : `代办申请 · ${CASE_STATUS_LABELS[view.status]}`}
        </Text>
        <Text className="head-card__title">{view.chain?.name ?? view.items.map((i) => i.name).join('、')}</Text>
        {view.applicant ? (
          <View id="agent-case-applicant" className="head-card__sub">
            {`申请人 ${view.applicant.name} · 身份证 ${view.applicant.idNumberMasked} · 手机 ${view.applicant.phoneMasked}`}
          </View>
        ) : null}
        <View id="authorization-summary" className={authorized ? 'agent-ok' : 'agent-wait'}>
          {authorized ? '✓ 已取得居民授权，可以提交申请' : '提交前须取得居民授权（以下任选一种）'}
        </View>
      </View>

      {view.authorization ? (
        <>
          <WechatConfirm
            authorization={view.authorization}
            paperSuffices={authorized && view.authorization.status !== 'confirmed'}
            refreshing={refreshing}
            onRefresh={() => void refresh()}
          />
          <PaperAuthorization caseState={caseState} />
        </>
      ) : (
        <Empty
          id="authorization-missing"
          icon="!"
          title="这件办件没有授权信息"
          desc="只有代办员为居民创建的办件需要授权"
          actionText="刷新"
          onAction={() => void refresh()}
        />
      )}

      <FooterBar>
        {editable ? (
          <View className="agent-footer">
            <Button
              id="authorization-continue"
              kind={authorized ? 'default' : 'primary'}
              block
              onClick={() => void Taro.navigateTo({ url: PAGES.applyForm(view.id) })}
            >
              继续填写申请
            </Button>
            {authorized ? (
              <Button
                id="authorization-review"
                kind="primary"
                block
                onClick={() => void Taro.navigateTo({ url: PAGES.applyReview(view.id) })}
              >
                去提交
              </Button>
            ) : null}
          </View>
        ) : (
          <Button
            id="authorization-case"
            kind="primary"
            block
            onClick={() => void Taro.navigateTo({ url: PAGES.caseDetail(view.id) })}
          >
            查看办件
          </Button>
        )}
      </FooterBar>
    </View>
  );
}

/** 居民授权 of one agent case (`?id=` the case): the QR code to confirm in WeChat, or the paper form. */
export default function AgentAuthorizationPage() {
  const id = useRouter().params.id ?? '';
  const caseState = useCase(id);
  return (
    <Page id="agent-authorization" className="agent">
      <Remote state={caseState} notFound={{ title: '没有找到这件代办申请', desc: '请从“我的代办件”重新打开' }}>
        {() => <Body caseState={caseState} />}
      </Remote>
    </Page>
  );
}
