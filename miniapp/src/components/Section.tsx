import { type PropsWithChildren, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';

interface SectionProps {
  id?: string;
  title?: string;
  extra?: ReactNode;
  /** Content sits on a white card with padding (text), instead of a list of cells. */
  padded?: boolean;
}

/** A titled group of cells, WeUI style: grey caption above a white block. */
export function Section({ id, title, extra, padded, children }: PropsWithChildren<SectionProps>) {
  return (
    <View id={id} className="section">
      {title ? (
        <View className="section__head">
          <Text className="section__title">{title}</Text>
          {extra ? <View className="section__extra">{extra}</View> : null}
        </View>
      ) : null}
      <View className={cx('section__body', padded && 'section__body--padded')}>{children}</View>
    </View>
  );
}
