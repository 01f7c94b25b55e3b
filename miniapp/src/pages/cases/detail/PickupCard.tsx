import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { MapLink } from '@/platform/map-link';

/**
 * 窗口领取: the pick-up code (once the result waits at the window) with where to bring it — the
 * window, its hall, the opening hours, the centre's address and the way there on a map. Before the
 * code, the place alone, so the resident knows where to go.
 */
export function PickupCard({ view }: { view: ApplicationView }) {
  const { pickup, pickupCode } = view;
  if (!pickup && !pickupCode) return null;
  return (
    <View id="case-pickup" className="pickup-card">
      {pickupCode ? (
        <View className="pickup-card__code-row">
          <Text className="pickup-card__code-label">取件码</Text>
          <Text id="pickup-code" className="pickup-card__code">
            {pickupCode}
          </Text>
          <Text className="pickup-card__code-hint">到窗口出示，请勿告诉他人</Text>
        </View>
      ) : (
        <View className="pickup-card__title">办结后到以下窗口领取</View>
      )}
      {pickup ? (
        <View className="pickup-card__place">
          <View className="pickup-card__row">
            <Text className="pickup-card__key">领取窗口</Text>
            <Text id="pickup-window" className="pickup-card__value">
              {pickup.hall ? `${pickup.hall} ${pickup.window}` : pickup.window}
            </Text>
          </View>
          <View className="pickup-card__row">
            <Text className="pickup-card__key">办公时间</Text>
            <Text id="pickup-hours" className="pickup-card__value">
              {pickup.hours}
            </Text>
          </View>
          {pickup.address ? (
            <View className="pickup-card__row">
              <Text className="pickup-card__key">地址</Text>
              <View className="pickup-card__value">
                <Text id="pickup-address">{pickup.address}</Text>
                <MapLink
                  id="pickup-map"
                  className="link pickup-card__map"
                  address={pickup.address}
                  {...(pickup.mapUrl ? { mapUrl: pickup.mapUrl } : {})}
                />
              </View>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
