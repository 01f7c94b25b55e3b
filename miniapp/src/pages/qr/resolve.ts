import { parseWindowQrTarget, type QrTarget } from '@onetrip/shared';
import { PAGES } from '@/utils/navigation';

/** Where a resolved code leads; null for a code of no page (it says so). */
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
    // Above a window (`zonghe:A03`) or the hall's code of a group (`zonghe`): the window page, with 取号.
    case 'window': {
      const window = parseWindowQrTarget(target.target);
      return window ? PAGES.hallWindow(window.group, window.window) : null;
    }
    default:
      return null;
  }
}
