import { useMemo, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { createPrivacyGate, PRIVACY_AGREE_BUTTON } from './privacy-prompt-types';

/**
 * The popup of WeChat's privacy check. The listener is registered whenever the page is shown (the
 * last registration wins), so the page in front shows it.
 */
export function PrivacyPrompt() {
  const [open, setOpen] = useState(false);
  const gate = useMemo(() => createPrivacyGate(setOpen), []);
  useDidShow(() => {
    Taro.onNeedPrivacyAuthorization((resolve) => gate.need(resolve));
  });
  if (!open) return null;
  return (
    <View className="sheet consent-sheet" id="privacy-prompt">
      <View className="sheet__panel">
        <View className="sheet__title">用户隐私保护提示</View>
        <View className="consent-sheet__line">
          使用手机号授权、拍照、相册或选择文件前，请阅读
          <Text className="link" onClick={() => void Taro.openPrivacyContract({})}>
            《一次办用户隐私保护指引》
          </Text>
          。同意后才能继续；不同意不影响浏览办事指南。
        </View>
        <View className="sheet__actions">
          <Button className="btn btn--default" onClick={() => gate.disagree()}>
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON}
            className="btn btn--primary"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => gate.agree()}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
