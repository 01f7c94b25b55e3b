import { type PropsWithChildren, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';

interface CellProps {
  id?: string;
  className?: string;
  title?: ReactNode;
  desc?: ReactNode;
  value?: ReactNode;
  /** Shows the › arrow and makes the whole row a touch target. */
  onClick?: () => void;
}

/** One white row: title and description on the left, value (and arrow) on the right. */
export function Cell({ id, className, title, desc, value, onClick, children }: PropsWithChildren<CellProps>) {
  return (
    <View
      id={id}
      className={cx('cell', onClick && 'cell--link', className)}
      hoverClass={onClick ? 'cell--active' : 'none'}
      onClick={onClick}
    >
      <View className="cell__main">
        {title ? <View className="cell__title">{title}</View> : null}
        {desc ? <View className="cell__desc">{desc}</View> : null}
        {children}
      </View>
      {value !== undefined ? <View className="cell__value">{value}</View> : null}
      {onClick ? <Text className="cell__arrow">›</Text> : null}
    </View>
  );
}
