import { type PropsWithChildren, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { ELDER_CLASS, useElderMode } from '@/hooks/elder';
import { PrivacyPrompt } from '@/platform/privacy-prompt';
import { cx } from '@/utils/cx';

interface PageProps {
  id?: string;
  className?: string;
  /** A bar fixed at the bottom (e.g. 在线申请); the page leaves room for it. */
  footer?: ReactNode;
}

/** Every page's root: carries the elderly-mode class so one class restyles the whole page. */
export function Page({ id, className, footer, children }: PropsWithChildren<PageProps>) {
  const { elder } = useElderMode();
  return (
    <View id={id} className={cx('page', elder && ELDER_CLASS, footer ? 'page--with-footer' : null, className)}>
      {children}
      {footer ? <View className="bottom-bar">{footer}</View> : null}
      <PrivacyPrompt />
    </View>
  );
}
