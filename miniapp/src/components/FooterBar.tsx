import { type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';

/** The step's main button, fixed under the thumb; the spacer keeps the last row above it. */
export function FooterBar({ children }: PropsWithChildren) {
  return (
    <>
      <View className="footer-spacer" />
      <View className="bottom-bar">{children}</View>
    </>
  );
}
