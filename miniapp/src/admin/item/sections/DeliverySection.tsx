import { View } from '@tarojs/components';
import { TRIPS, TRIPS_LABELS } from '@onetrip/shared';
import { Button, FieldError } from '@/components';
import { ChoiceField } from '../../common/ChoiceField';
import { Fold } from '../../common/Fold';
import { ListActions } from '../../common/ListActions';
import { NumberField } from '../../common/NumberField';
import { moveEntry } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';
import { SwitchField } from '../../common/SwitchField';
import { TextField } from '../../common/TextField';
import { type SectionProps } from '../guide-model';

/** 送达与窗口: how many trips the item promises, how the result reaches the resident, where to come. */
export function DeliverySection({ guide, edit }: SectionProps) {
  const { delivery, windows } = guide;
  const deliveryProblem = useProblemAt(['delivery']);
  return (
    <Fold id="delivery" title="送达与窗口" paths={[['trips'], ['delivery'], ['windows']]}>
      <ChoiceField
        id="item-trips"
        label="跑动次数"
        path={['trips']}
        value={guide.trips}
        choices={[...TRIPS].reverse().map((t) => ({ value: t, label: TRIPS_LABELS[t] }))}
        onChange={(v) => edit(['trips'], v)}
      />
      <SwitchField
        id="delivery-window"
        label="窗口领取"
        path={['delivery', 'window']}
        checked={delivery.window === true}
        onChange={(v) => edit(['delivery', 'window'], v)}
      />
      <SwitchField
        id="delivery-express"
        label="快递送达"
        path={['delivery', 'express']}
        checked={delivery.express === true}
        // No express, no postage: the schema refuses a fee for a service not offered.
        onChange={(v) => edit(['delivery'], { ...delivery, express: v, expressFee: v ? delivery.expressFee : 0 })}
      />
      {delivery.express ? (
        <NumberField
          id="delivery-express-fee"
          label="快递费"
          money
          path={['delivery', 'expressFee']}
          value={delivery.expressFee}
          placeholder="0 为免邮费"
          onChange={(v) => edit(['delivery', 'expressFee'], v)}
        />
      ) : null}
      <SwitchField
        id="delivery-electronic"
        label="电子送达"
        desc="办结后在线下载结果（PDF），无需领取"
        path={['delivery', 'electronic']}
        checked={delivery.electronic === true}
        onChange={(v) => edit(['delivery', 'electronic'], v)}
      />
      {deliveryProblem ? <FieldError id="delivery-error">{deliveryProblem}</FieldError> : null}
      <View className="admin-subhead">办理窗口</View>
      {windows.map((w, i) => (
        <View key={i} id={`window-${i}`} className="admin-card admin-card--row">
          <TextField
            id={`window-${i}-hall`}
            label="大厅"
            path={['windows', i, 'hall']}
            value={w.hall}
            maxlength={40}
            placeholder="如 一楼综合受理区"
            onChange={(v) => edit(['windows', i, 'hall'], v ?? '')}
          />
          <TextField
            id={`window-${i}-number`}
            label="窗口号"
            path={['windows', i, 'number']}
            value={w.number}
            maxlength={20}
            placeholder="如 A08"
            onChange={(v) => edit(['windows', i, 'number'], v ?? '')}
          />
          <ListActions
            id={`window-${i}`}
            index={i}
            count={windows.length}
            onMove={(from, to) => edit(['windows'], moveEntry(windows, from, to))}
            onRemove={(at) =>
              edit(
                ['windows'],
                windows.filter((_, j) => j !== at),
              )
            }
          />
        </View>
      ))}
      <View className="admin-add">
        <Button
          id="add-window"
          size="small"
          kind="plain"
          onClick={() => edit(['windows'], [...windows, { hall: '', number: '' }])}
        >
          添加窗口
        </Button>
      </View>
    </Fold>
  );
}
