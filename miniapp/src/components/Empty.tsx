import { type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from './Button';

interface EmptyProps {
  id?: string;
  icon?: '!' | '?' | '○';
  title: string;
  desc?: ReactNode;
  actionText?: string;
  onAction?: () => void;
}

/** Nothing to show, or something went wrong: what happened and what to do next. */
export function Empty({ id, icon = '○', title, desc, actionText, onAction }: EmptyProps) {
  return (
    <View id={id} className="empty">
      <View className="empty__icon">{icon}</View>
      <Text className="empty__title">{title}</Text>
      {desc ? <View className="empty__desc">{desc}</View> : null}
      {actionText && onAction ? (
        <Button kind="default" size="small" className="empty__action" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
