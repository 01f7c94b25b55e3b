import { Label, Switch, Text, View } from '@tarojs/components';
import { useElderMode } from '@/hooks/elder';
import { cx } from '@/utils/cx';

interface ElderSwitchProps {
  /** The switch's own id (`elder-switch` in 我的, `home-elder-switch` on the home page). */
  id?: string;
  /** `row`: a settings row with what the mode does; `bar`: the strip at the top of the home page. */
  look?: 'row' | 'bar';
  className?: string;
}

/**
 * 长辈模式 on/off: bigger type, darker colours, bigger buttons. Available before login, since it helps
 * with logging in too. The whole row is the label of the switch, so a tap anywhere on it switches.
 */
export function ElderSwitch({ id = 'elder-switch', look = 'row', className }: ElderSwitchProps) {
  const { elder, setElder } = useElderMode();
  return (
    // No `for`: on H5 the id is on Taro's element, not on its native checkbox; a label wrapping the
    // switch reaches it on both targets.
    <Label className={cx('switch-row', 'elder-switch', `elder-switch--${look}`, className)}>
      <View className="elder-switch__text">
        <Text className="elder-switch__title">长辈模式</Text>
        <Text className="elder-switch__desc">
          {look === 'bar' ? (elder ? '已开启：字大、按钮大' : '字更大、按钮更大') : '字更大、颜色更深、按钮更大'}
        </Text>
      </View>
      <Switch
        id={id}
        className="elder-switch__control"
        checked={elder}
        color="#077d43"
        onChange={(e) => setElder(e.detail.value)}
      />
    </Label>
  );
}
