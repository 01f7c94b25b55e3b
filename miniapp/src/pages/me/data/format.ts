import { CONSENT_TITLES, type ConsentPurpose } from '@onetrip/shared';

/** 1536 → `1.5 KB`; sizes as a person reads them. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `agreement:1.0,privacy:1.0` → `用户服务协议和隐私政策（agreement 1.0、privacy 1.0）` is too technical: the versions alone. */
export function versionLabel(version: string): string {
  return version
    .split(',')
    .map((part) => part.split(':')[1] ?? part)
    .join(' / ');
}

export const purposeTitle = (purpose: ConsentPurpose) => CONSENT_TITLES[purpose];

export const PLATFORM_LABELS = { weapp: '微信小程序', h5: '微信网页' } as const;
