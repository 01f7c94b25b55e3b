import { heldLabel } from '@/features/case-materials/held';
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, Cell, FeeSummary, FooterBar, Section, Tag } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { errorMessage, isApiError } from '@/services/api-error';
import { newIdempotencyKey, resubmitApplication, submitApplication } from '@/services/applications';
import { isMissingEntry, type MissingEntry } from '@/services/error-details';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { displayValue } from '@/features/case-form/values';
import { CommitmentSection } from '@/features/commitment/CommitmentSection';
import { AuthorizationSection } from './AuthorizationSection';
import { MissingList } from './MissingList';
import { SupplementReview } from './SupplementReview';
import { supplementPlan } from '@/features/supplement';

function deliveryText(delivery: ApplicationView['delivery']): string {
  if (!delivery) return '未选择';
  if (delivery.method === 'window') return '窗口领取';
  const a = delivery.address;
  return a ? `快递送达：${a.name} ${a.phoneMasked}，${a.region.join(' ')} ${a.detail}` : '快递送达';
}

/** Everything that will be sent, then 提交申请 with this visit's Idempotency-Key. */
export function ReviewBody({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  // One key per visit of this page: a double tap, or a retry after a lost answer, is the same submit.
  const [key] = useState(newIdempotencyKey);
  const sending = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [missing, setMissing] = useState<MissingEntry[] | null>(null);
  const resubmit = view.status === 'supplement_required';
  const plan = supplementPlan(view);
  // Back from fixing something (the case changed): the old list no longer holds.
  useEffect(() => setMissing(null), [view.version]);
  const uploaded = view.materials.filter((m) => m.uploadIds.length > 0).length;

  const submit = async () => {
    if (sending.current) return;
    sending.current = true;
    setSubmitting(true);
    try {
      if (resubmit) await resubmitApplication(view.id);
      else await submitApplication(view.id, key);
      toast('提交成功', 'success');
      // The steps behind are of a draft that no longer exists: start the stack again at the case.
      await Taro.reLaunch({ url: PAGES.caseDetail(view.id) });
    } catch (error) {
      if (isApiError(error) && error.code === 'INCOMPLETE') {
        setMissing(error.details.filter(isMissingEntry));
        void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
      } else {
        toast(errorMessage(error));
        if (isApiError(error) && error.code === 'INVALID_STATE') caseState.retry();
      }
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  };

  return (
    <View id="review">
      {missing && missing.length > 0 ? <MissingList view={view} missing={missing} /> : null}

      {plan ? <SupplementReview view={view} plan={plan} /> : null}

      <AuthorizationSection view={view} />

      <CommitmentSection caseState={caseState} />

      <Section id="review-items" title={`申请事项（${view.items.length} 项）`}>
        {view.items.map((item) => (
          <Cell key={item.code} title={item.name} desc={item.department} />
        ))}
      </Section>

      <Section
        id="review-data"
        title="申请信息"
        extra={
          <Text className="link" onClick={() => void Taro.navigateTo({ url: PAGES.applyForm(view.id) })}>
            修改
          </Text>
        }
      >
        {view.form.fields.map((field) => (
          <Cell key={field.key} title={field.label} value={displayValue(field, view.data[field.key])} />
        ))}
      </Section>

      <Section
        id="review-materials"
        title={`申请材料（已上传 ${uploaded}/${view.materials.length} 项）`}
        extra={
          <Text className="link" onClick={() => void Taro.navigateTo({ url: PAGES.applyMaterials(view.id) })}>
            修改
          </Text>
        }
      >
        {view.materials.map((m) => (
          <Cell
            key={m.code}
            title={m.name}
            value={
              m.uploadIds.length > 0 ? (
                <Tag tone="green">{`${m.uploadIds.length} 份`}</Tag>
              ) : m.heldBy ? (
                <Tag tone="green">{heldLabel(m.heldBy)}</Tag>
              ) : m.gapAllowed && m.required && view.commitment ? (
                <Tag tone="orange">容缺后补</Tag>
              ) : (
                <Tag tone={m.required ? 'red' : 'grey'}>{m.required ? '未上传' : '非必交'}</Tag>
              )
            }
          />
        ))}
      </Section>

      <Section
        id="review-delivery"
        title="领取方式"
        extra={
          <Text className="link" onClick={() => void Taro.navigateTo({ url: PAGES.applyDelivery(view.id) })}>
            修改
          </Text>
        }
      >
        <Cell title={deliveryText(view.delivery)} />
      </Section>

      <FeeSummary fee={view.fee} />
      <View className="hint">提交后生成办件编号，可在“我的办件”随时查看进度；有费用的，提交后在办件详情中缴纳。</View>

      <FooterBar>
        <Button id="submit-button" kind="primary" block loading={submitting} onClick={() => void submit()}>
          {resubmit ? '补正完成，重新提交' : '提交申请'}
        </Button>
      </FooterBar>
    </View>
  );
}
