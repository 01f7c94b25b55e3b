import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { type MapLinkProps } from './map-link-types';

export { type MapLinkProps } from './map-link-types';

export function MapLink({ id, className, address, name, latitude, longitude, label }: MapLinkProps) {
  const located = latitude !== undefined && longitude !== undefined;
  const open = () => {
    if (located) {
      void Taro.openLocation({ latitude, longitude, name, address, scale: 17 }).catch(() => undefined);
      return;
    }
    void Taro.setClipboardData({ data: address })
      .then(() => Taro.showToast({ title: '地址已复制，可在地图中搜索', icon: 'none' }))
      .catch(() => undefined);
  };
  return (
    <Text id={id} className={className} onClick={open}>
      {label ?? (located ? '在地图中查看' : '复制地址去地图')}
    </Text>
  );
}
