import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type CounterAddress, type CounterCaseView, type CounterDelivery } from '@onetrip/shared';
import { FeeSummary } from '@/components';
import { DeliveryMethods } from '@/features/delivery/DeliveryMethods';
import { patchCounterCase } from '@/services/counter';
import { AddressForm } from './AddressForm';
import { type CounterCaseState } from './use-counter-case';

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
      <DeliveryMethods
        id="counter-delivery"
        title="三、领取方式"
        expressAllowed={view.expressAllowed}
        electronicAllowed={view.electronicAllowed}
        picked={express ? 'express' : chosen}
        onPick={(method) =>
          method === 'window' ? chooseWindow() : method === 'electronic' ? chooseElectronic() : setExpress(true)
        }
        wording="counter"
      >
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
      </DeliveryMethods>
      {view.fee.total > 0 ? <FeeSummary fee={view.fee} /> : null}
    </>
  );
}
