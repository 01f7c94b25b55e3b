import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { type CourierShipment, type CourierShipmentQuery } from '@onetrip/shared';
import { listShipments } from '@/services/courier';

const PAGE_SIZE = 20;

export interface ShipmentListState {
  rows: CourierShipment[] | null;
  total: number;
  error: unknown;
  loadingMore: boolean;
  reload: () => Promise<void>;
}

/**
 * A courier list in the server's order: loaded on open, again when the page is shown after a
 * shipment changed, on pull-down; the next page when scrolled to the end.
 */
export function useShipmentList(status: NonNullable<CourierShipmentQuery['status']>): ShipmentListState {
  const [rows, setRows] = useState<CourierShipment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const page = useRef(1);
  const round = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++round.current;
    try {
      const list = await listShipments({ status, page: 1, pageSize: PAGE_SIZE });
      if (mine !== round.current) return;
      page.current = 1;
      setRows(list.items);
      setTotal(list.total);
      setError(null);
    } catch (e) {
      if (mine === round.current) setError(e);
    }
  }, [status]);

  useEffect(() => {
    void reload();
    return () => {
      round.current += 1; // drop answers that arrive after unmount
    };
  }, [reload]);

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  useReachBottom(() => {
    if (!rows || rows.length >= total || loadingMore) return;
    const mine = round.current;
    setLoadingMore(true);
    listShipments({ status, page: page.current + 1, pageSize: PAGE_SIZE })
      .then((list) => {
        if (mine !== round.current) return;
        page.current += 1;
        const seen = new Set(rows.map((r) => r.id));
        setRows((prev) => [...(prev ?? []), ...list.items.filter((r) => !seen.has(r.id))]);
        setTotal(list.total);
      })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  });

  return { rows, total, error, loadingMore, reload };
}
