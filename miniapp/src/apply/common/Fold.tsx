import { useState, type PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

/** A folded part of a step (补正: 其他材料（无需修改）): its title, opened on a tap. */
export function Fold({ id, title, children }: PropsWithChildren<{ id: string; title: string }>) {
  const [open, setOpen] = useState(false);
  return (
    <View id={id} className="fold" data-open={open}>
      <View id={`${id}-toggle`} className="fold__head" onClick={() => setOpen(!open)}>
        <Text>{title}</Text>
        <Text className="link">{open ? '收起' : '展开'}</Text>
      </View>
      {open ? children : null}
    </View>
  );
}
