import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type AddressView, type ApplicationView, type DeliveryMethod } from '@onetrip/shared';
import { Button, FeeSummary, FooterBar, Loading, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { type CaseState } from '@/hooks/use-case';
import { patchApplication } from '@/services/applications';
import { listAddresses } from '@/services/auth';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';
import { AddressForm } from './AddressForm';
import { DeliveryMethods, deliveryMethodsOf } from '@/features/delivery/DeliveryMethods';
import { supplementPlan } from '@/features/supplement';
import { NoticeBanner } from '../common/NoticeBanner';

type CaseAddress = NonNullable<NonNullable<ApplicationView['delivery']>['address']>;

/** The case keeps a copy of the address, not its id: find the saved one it was copied from. */
function sameAddress(a: AddressView, b: CaseAddress | undefined): boolean {
  return !!b && a.name === b.name && a.detail === b.detail && a.region.join('/') === b.region.join('/');
}

/** 窗口领取, 快递送达 (to a saved or a new address) or 电子送达 where every item offers it, and what it costs. */
export function DeliveryBody({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const { write } = caseState;
  const chosen = view.delivery?.method ?? null;
  const [express, setExpress] = useState(chosen === 'express');
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const addresses = useResource(useCallback(() => (express ? listAddresses() : Promise.resolve(null)), [express]));

  useEffect(() => {
    if (selected || !addresses.data) return;
    const match = addresses.data.items.find((a) => sameAddress(a, view.delivery?.address));
    if (match) setSelected(match.id);
  }, [addresses.data, selected, view.delivery]);

  const saveMethod = useCallback(
    async (method: 'window' | 'electronic') => {
      setSaving(true);
      try {
        await write((v) => patchApplication(view.id, v, { delivery: { method } }));
      } finally {
        setSaving(false);
      }
    },
    [view.id, write],
  );

  const pick = (method: DeliveryMethod) => {
    if (method === 'express') {
      setExpress(true);
      return;
    }
    setExpress(false);
    setAdding(false);
    if (chosen !== method) void saveMethod(method);
  };

  // One way only (窗口领取): chosen for the resident, and saved as their own choice would be.
  const onlyWindow = deliveryMethodsOf(view).join() === 'window';
  const preselected = useRef(false);
  useEffect(() => {
    if (preselected.current || chosen !== null || !onlyWindow) return;
    preselected.current = true;
    void saveMethod('window');
  }, [chosen, onlyWindow, saveMethod]);

  const pickAddress = async (address: AddressView) => {
    setSelected(address.id);
    const outcome = await write((v) =>
      patchApplication(view.id, v, { delivery: { method: 'express', addressId: address.id } }),
    );
    if (!outcome.ok) setSelected(null);
  };

  const ready = express ? chosen === 'express' : chosen === 'window' || chosen === 'electronic';
  // Whenever 下一步 waits, say for what.
  const waitingFor = ready ? '' : saving ? '正在保存领取方式…' : express ? '请选择或新增收件地址' : '请选择领取方式';
  const plan = supplementPlan(view);
  const list = addresses.data?.items ?? [];

  return (
    <View>
      {plan ? (
        plan.delivery !== null ? (
          <View id="notice-delivery" className="notice-banner">
            <Text className="notice-banner__title">补正告知：请修改领取方式</Text>
            <View className="notice-reason">{`补正要求：${plan.delivery}`}</View>
          </View>
        ) : (
          <NoticeBanner id="notice-delivery" named={0} what="领取方式" />
        )
      ) : null}
      <DeliveryMethods
        id="delivery-methods"
        title="领取方式"
        expressAllowed={view.expressAllowed}
        electronicAllowed={view.electronicAllowed}
        picked={express ? 'express' : chosen}
        onPick={pick}
        wording="resident"
      />

      {express ? (
        <Section id="delivery-addresses" title="收货地址">
          {addresses.loading && !addresses.data ? <Loading /> : null}
          {list.map((a) => (
            <View
              key={a.id}
              id={`address-${a.id}`}
              className={cx('radio-row', selected === a.id && 'radio-row--on')}
              data-checked={selected === a.id}
              onClick={() => void pickAddress(a)}
            >
              <View className="radio-row__dot" />
              <View className="cell__main">
                <View className="radio-row__title">
                  {a.name} {a.phoneMasked}
                  {a.isDefault ? <Text className="muted">（默认）</Text> : null}
                </View>
                <View className="muted">
                  {a.region.join(' ')} {a.detail}
                </View>
              </View>
            </View>
          ))}
          {adding ? (
            <AddressForm
              onCancel={() => setAdding(false)}
              onSaved={(a) => {
                setAdding(false);
                addresses.retry();
                void pickAddress(a);
              }}
            />
          ) : (
            <View id="address-add" className="cell cell--link" onClick={() => setAdding(true)}>
              <View className="cell__main link">＋ 新增收货地址</View>
            </View>
          )}
        </Section>
      ) : null}

      <FeeSummary fee={view.fee} />
      {express && chosen !== 'express' ? <View className="hint">选择收货地址后计算快递费。</View> : null}

      {waitingFor ? <View className="next-reason-spacer" /> : null}
      <FooterBar>
        {waitingFor ? (
          <View id="delivery-next-reason" className="next-reason">
            {waitingFor}
          </View>
        ) : null}
        <Button
          id="delivery-next"
          kind="primary"
          block
          disabled={!ready}
          onClick={() => void Taro.navigateTo({ url: PAGES.applyReview(view.id) })}
        >
          下一步：确认提交
        </Button>
      </FooterBar>
    </View>
  );
}
