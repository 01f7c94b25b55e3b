/** Pages of the console (the `admin` subpackage). */
export const ADMIN_PAGES = {
  home: '/admin/index/index',
  items: '/admin/items/index',
  /** No code: a new item. */
  item: (code?: string) => `/admin/item/index${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  chain: (code?: string) => `/admin/chain/index${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  users: '/admin/users/index',
  holidays: '/admin/holidays/index',
  posters: '/admin/posters/index',
  audit: '/admin/audit/index',
  supervision: '/admin/supervision/index',
  settings: '/admin/settings/index',
} as const;
