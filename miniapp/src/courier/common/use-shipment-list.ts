import { useCallback } from 'react';
import { type CourierShipment, type CourierShipmentQuery } from '@onetrip/shared';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { listShipments } from '@/services/courier';

const PAGE_SIZE = 20;

export type ShipmentListState = PagedList<CourierShipment>;

/**
 * A courier list in the server's order: loaded on open, again when the page is shown after a
 * shipment changed, on pull-down; the next page when scrolled to the end.
 */
export function useShipmentList(status: NonNullable<CourierShipmentQuery['status']>): ShipmentListState {
  const list = usePagedList(
    useCallback((page: number) => listShipments({ status, page, pageSize: PAGE_SIZE }), [status]),
    { reloadOnShow: true },
  );
  useRefreshOnPullDown(list.refresh);
  return list;
}
