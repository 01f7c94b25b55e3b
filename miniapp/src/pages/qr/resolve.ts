import { type QrTarget } from '@onetrip/shared';
import { PAGES } from '@/utils/navigation';

/** Where a resolved code leads: the guide pages; other kinds belong to areas that come later. */
export function pageForQrTarget(target: QrTarget): string | null {
  switch (target.kind) {
    case 'item':
      return PAGES.guide(target.target);
    case 'chain':
      return PAGES.chain(target.target);
    default:
      return null;
  }
}
