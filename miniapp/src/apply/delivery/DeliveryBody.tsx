import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type AddressView, type ApplicationView } from '@onetrip/shared';
import { Button, FeeSummary, FooterBar, Loading, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { type CaseState } from '@/hooks/use-case';
import { patchApplication } from '@/services/applications';
import { listAddresses } from '@/services/auth';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';
import { AddressForm } from './AddressForm';

type CaseAddress = NonNullable<NonNullable<ApplicationView['delivery']>['address']>;

/** The case keeps a copy of the address, not its id: find the saved one it was copied from. */
function sameAddress(a: AddressView, b: CaseAddress | undefined): boolean {
  return !!b && a.name === b.name && a.detail === b.detail && a.region.join('/') === b.region.join('/');
}

function Radio({
  id,
  title,
  desc,
  on,
  onClick,
}: {
  id: string;
  title: string;
  desc: string;
  on: boolean;
  onClick: () => void;
}) {
  return (
    <View id={id} className={cx('radio-row', on && 'radio-row--on')} data-checked={on} onClick={onClick}>
      <View className="radio-row__dot" />
      <View className="cell__main">
        <View className="radio-row__title">{title}</View>
        <View className="muted">{desc}</View>
      </View>
    </View>
  );
}

/** 窗口领取, 快递送达 (to a saved or a new address) or 电子送达 where every item offers it, and what it costs. */
export function DeliveryBody({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const { write } = caseState;
  const chosen = view.delivery?.method ?? null;
  const [express, setExpress] = useState(chosen === 'express');
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const addresses = useResource(useCallback(() => (express ? listAddresses() : Promise.resolve(null)), [express]));

  useEffect(() => {
    if (selected || !addresses.data) return;
    const match = addresses.data.items.find((a) => sameAddress(a, view.delivery?.address));
    if (match) setSelected(match.id);
  }, [addresses.data, selected, view.delivery]);

  const chooseWindow = () => {
    setExpress(false);
    setAdding(false);
    if (chosen !== 'window') void write((v) => patchApplication(view.id, v, { delivery: { method: 'window' } }));
  };

  const chooseElectronic = () => {
    setExpress(false);
    setAdding(false);
    if (chosen !== 'electronic')
      void write((v) => patchApplication(view.id, v, { delivery: { method: 'electronic' } }));
  };

  const pickAddress = async (address: AddressView) => {
    setSelected(address.id);
    const outcome = await write((v) =>
      patchApplication(view.id, v, { delivery: { method: 'express', addressId: address.id } }),
    );
    if (!outcome.ok) setSelected(null);
  };

  const ready = express ? chosen === 'express' : chosen === 'window' || chosen === 'electronic';
  const list = addresses.data?.items ?? [];

  return (
    <View>
      <Section id="delivery-methods" title="领取方式">
        <Radio
          id="delivery-window"
          title="窗口领取"
          desc="办结后凭短信取件码到政务服务中心窗口领取，免邮费"
          on={!express && chosen === 'window'}
          onClick={chooseWindow}
        />
        {view.expressAllowed ? (
          <Radio
            id="delivery-express"
            title="快递送达"
            desc="政务快递送证上门，凭签收码签收"
            on={express}
            onClick={() => setExpress(true)}
          />
        ) : null}
        {view.electronicAllowed ? (
          <Radio
            id="delivery-electronic"
            title="电子送达（在线下载，无需领取）"
            desc="办结后在办件详情下载办理结果通知书（PDF），不用跑腿，免邮费"
            on={!express && chosen === 'electronic'}
            onClick={chooseElectronic}
          />
        ) : null}
        {view.expressAllowed ? null : (
          <View className="hint">
            {view.electronicAllowed
              ? '所选事项不能快递送达，可选择窗口领取或电子送达。'
              : '所选事项中有不能快递送达的，请选择窗口领取。'}
          </View>
        )}
      </Section>

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

      <FooterBar>
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
