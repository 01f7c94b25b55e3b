export const ITEM_KINDS = ['行政许可', '公共服务'] as const;
export const MATERIAL_CATEGORIES = ['证件类', '批文类', '中介服务类', '文书类'] as const;
export const MATERIAL_FORMATS = ['jpg', 'png', 'pdf'] as const;
/**
 * What can stand for a material without an upload: the verified identity
 * (材料免提交), or the applicant's signed commitment (告知承诺制).
 */
export const MATERIAL_SATISFIED_BY = ['identity', 'commitment'] as const;
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
  'multiselect',
  'phone',
  'idNumber',
  'region',
  'boolean',
] as const;
/** Profile values a form field may be prefilled from. */
export const PROFILE_BINDINGS = ['profile.name', 'profile.idNumber', 'profile.phone'] as const;
export const QR_KINDS = ['item', 'chain', 'window', 'authorization', 'shipment'] as const;
/** 0 = 零跑腿 (never come), 1 = 只跑一次 (come once). */
export const TRIPS = [0, 1] as const;
export const TRIPS_LABELS: Record<(typeof TRIPS)[number], string> = { 0: '零跑腿', 1: '只跑一次' };

/** What a catalog file (样表, 空白表格, 结果样本) may be, by its content. */
export const CATALOG_FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type CatalogFileType = (typeof CATALOG_FILE_TYPES)[number];
/** Largest catalog file: 5 MiB (a scanned form or a photographed sample). */
export const CATALOG_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** An image sample must be at least this wide and tall (px), so it can be read on a phone. */
export const CATALOG_IMAGE_MIN_PX = 200;
/** How deep a saved draft may nest (a guide needs 5 levels; the database refuses past 100). */
export const DRAFT_MAX_DEPTH = 12;
