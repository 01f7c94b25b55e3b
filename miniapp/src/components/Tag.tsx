import { type PropsWithChildren } from 'react';
import { Text } from '@tarojs/components';

export type TagTone = 'green' | 'blue' | 'orange' | 'grey' | 'red';

/** A small label: 零跑腿, 只跑一次, 必交, 容缺, 已实名… */
export function Tag({ tone = 'grey', className, children }: PropsWithChildren<{ tone?: TagTone; className?: string }>) {
  return <Text className={`tag tag--${tone}${className ? ` ${className}` : ''}`}>{children}</Text>;
}
