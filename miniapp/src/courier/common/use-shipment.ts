import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { type CourierShipment } from '@onetrip/shared';
import { findShipment } from '@/services/courier';

export interface ShipmentState {
  /** undefined while loading; null when the courier's company has no such shipment */
  shipment: CourierShipment | null | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  /** Keeps the shipment a write answered with. */
  keep: (next: CourierShipment) => void;
}

/** One shipment on the courier's page (`?id=`), read again whenever the page is shown again. */
export function useShipment(id: string): ShipmentState {
  const [shipment, setShipment] = useState<CourierShipment | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const round = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++round.current;
    setLoading(true);
    try {
      const found = await findShipment(id);
      if (mine !== round.current) return;
      setShipment(found);
      setError(null);
    } catch (e) {
      if (mine === round.current) setError(e);
    } finally {
      if (mine === round.current) setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void reload();
    return () => {
      round.current += 1;
    };
  }, [reload]);

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  const keep = useCallback((next: CourierShipment) => {
    round.current += 1; // a read still on its way is older than this answer
    setShipment(next);
    setLoading(false);
  }, []);

  return { shipment, error, loading, reload, keep };
}
