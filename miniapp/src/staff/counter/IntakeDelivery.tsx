import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type CounterAddress, type CounterCaseView, type CounterDelivery } from '@onetrip/shared';
import { FeeSummary, Section } from '@/components';
import { patchCounterCase } from '@/services/counter';
import { cx } from '@/utils/cx';
import { AddressForm } from './AddressForm';
import { type CounterCaseState } from './use-counter-case';

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

/**
 * 窗口领取 (the pick-up code comes by text message), 电子送达 when every item offers it, or 快递送达 to an address typed here; the fees of
 * the case. Each choice is saved at once (PATCH `delivery`).
 */
export function IntakeDelivery({ record }: { record: CounterCaseState }) {
  const view = record.data as CounterCaseView;
  const chosen = view.delivery?.method ?? null;
  const address = view.delivery?.address;
  const [express, setExpress] = useState(chosen === 'express');
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);

  const save = async (delivery: CounterDelivery) => {
    setSaving(true);
    const outcome = await record.write((version) => patchCounterCase(view.id, version, { delivery }));
    setSaving(false);
    if (outcome.ok) setEditing(false);
  };
  const chooseWindow = () => {
    setExpress(false);
    setEditing(false);
    if (chosen !== 'window') void save({ method: 'window' });
  };
  const chooseElectronic = () => {
    setExpress(false);
    setEditing(false);
    if (chosen !== 'electronic') void save({ method: 'electronic' });
  };
  const saveAddress = (typed: CounterAddress) => void save({ method: 'express', address: typed });
  const showForm = express && (editing || chosen !== 'express' || !address);

  return (
    <>
      <Section id="counter-delivery" title="三、领取方式">
        <Radio
          id="delivery-window"
          title="窗口领取"
          desc="办结后凭短信取件码到统一出件窗口领取"
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
            desc="办结后本人在小程序下载办理结果通知书（PDF），也可到出件窗口打印"
            on={!express && chosen === 'electronic'}
            onClick={chooseElectronic}
          />
        ) : null}
        {view.expressAllowed ? null : (
          <View className="hint">
            {view.electronicAllowed
              ? '所选事项不能快递送达，可窗口领取或电子送达。'
              : '所选事项中有不能快递送达的，只能窗口领取。'}
          </View>
        )}
        {express && chosen === 'express' && address && !editing ? (
          <View id="counter-address-chosen" className="cell">
            <View className="cell__main">
              <View>{`${address.name} ${address.phoneMasked}`}</View>
              <View className="muted">{`${address.region.join(' ')} ${address.detail}`}</View>
            </View>
            <Text id="counter-address-edit" className="link" onClick={() => setEditing(true)}>
              修改
            </Text>
          </View>
        ) : null}
        {showForm ? (
          <AddressForm
            saving={saving}
            onSave={saveAddress}
            onCancel={chosen === 'express' && address ? () => setEditing(false) : undefined}
          />
        ) : null}
        {view.fee.total > 0 ? null : <View className="hint">本件不收费。</View>}
      </Section>
      {view.fee.total > 0 ? <FeeSummary fee={view.fee} /> : null}
    </>
  );
}
