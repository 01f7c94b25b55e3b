import { useCallback } from 'react';
import { type CourierShipment } from '@onetrip/shared';
import { useResource, type Resource } from '@/hooks/use-resource';
import { findShipment } from '@/services/courier';

/** `data`: undefined while loading; null when the courier's company has no such shipment. */
export type ShipmentState = Resource<CourierShipment | null>;

/** One shipment on the courier's page (`?id=`), read again whenever the page is shown again. */
export function useShipment(id: string): ShipmentState {
  return useResource(
    useCallback(() => findShipment(id), [id]),
    { reloadOnShow: true },
  );
}
