import { type QrTarget } from '@onetrip/shared';
import { PAGES } from '@/utils/navigation';

/** Where a resolved code leads: the guide pages; other kinds belong to areas that come later. */
export function pageForQrTarget(target: QrTarget): string | null {
  switch (target.kind) {
    case 'item':
      return PAGES.guide(target.target);
    case 'chain':
      return PAGES.chain(target.target);
    // The code an agent shows: the resident named in it confirms (or refuses) in their own WeChat.
    case 'authorization':
      return PAGES.authorization(target.target);
    // An envelope's code: the courier scanning it at pick-up lands on that shipment.
    case 'shipment':
      return PAGES.courierShipment(target.target);
    default:
      return null;
  }
}
