import { type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { type DeliveryMethod } from '@onetrip/shared';
import { Section } from '@/components';
import { cx } from '@/utils/cx';

/** Who chooses: the resident in the application, or the clerk for a walk-in at the counter. */
export type DeliveryWording = 'resident' | 'counter';

const WORDS: Record<DeliveryWording, Record<DeliveryMethod, string> & { onlyWindow: string; noExpress: string }> = {
  resident: {
    window: '办结后凭短信取件码到政务服务中心窗口领取，免邮费',
    express: '政务快递送证上门，凭签收码签收',
    electronic: '办结后在办件详情下载办理结果通知书（PDF），不用跑腿，免邮费',
    onlyWindow: '所选事项中有不能快递送达的，只能窗口领取，已为您选好。',
    noExpress: '所选事项不能快递送达，可选择窗口领取或电子送达。',
  },
  counter: {
    window: '办结后凭短信取件码到统一出件窗口领取',
    express: '政务快递送证上门，凭签收码签收',
    electronic: '办结后本人在小程序下载办理结果通知书（PDF），也可到出件窗口打印',
    onlyWindow: '所选事项中有不能快递送达的，只能窗口领取。',
    noExpress: '所选事项不能快递送达，可窗口领取或电子送达。',
  },
};

const TITLES: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  express: '快递送达',
  electronic: '电子送达（在线下载，无需领取）',
};

/** The ways a case's result may travel: window always; express and electronic when every item offers them. */
export function deliveryMethodsOf(view: { expressAllowed: boolean; electronicAllowed: boolean }): DeliveryMethod[] {
  return [
    'window',
    ...(view.expressAllowed ? (['express'] as const) : []),
    ...(view.electronicAllowed ? (['electronic'] as const) : []),
  ];
}

interface DeliveryMethodsProps {
  id: string;
  title: string;
  expressAllowed: boolean;
  electronicAllowed: boolean;
  /** the method shown as chosen (express may be picked before its address is saved) */
  picked: DeliveryMethod | null;
  onPick: (method: DeliveryMethod) => void;
  wording: DeliveryWording;
}

/**
 * 领取方式: one radio row per method the case offers (窗口领取, 快递送达, 电子送达), and why the others
 * are missing. The application and the counter's intake show the same rows; `children` go under them
 * (the counter's address).
 */
export function DeliveryMethods(props: PropsWithChildren<DeliveryMethodsProps>) {
  const { id, title, expressAllowed, electronicAllowed, picked, onPick, wording, children } = props;
  const words = WORDS[wording];
  const methods = deliveryMethodsOf({ expressAllowed, electronicAllowed });
  return (
    <Section id={id} title={title}>
      {methods.map((method) => (
        <View
          key={method}
          id={`delivery-${method}`}
          className={cx('radio-row', picked === method && 'radio-row--on')}
          data-checked={picked === method}
          onClick={() => onPick(method)}
        >
          <View className="radio-row__dot" />
          <View className="cell__main">
            <View className="radio-row__title">{TITLES[method]}</View>
            <View className="muted">{words[method]}</View>
          </View>
        </View>
      ))}
      {expressAllowed ? null : (
        <View id={`${id}-hint`} className="hint">
          {electronicAllowed ? words.noExpress : words.onlyWindow}
        </View>
      )}
      {children}
    </Section>
  );
}
