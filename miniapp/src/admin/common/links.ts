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
  /** `id`: open that complaint (the dashboard's link, a message). */
  complaints: (id?: string) => `/admin/complaints/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  settings: '/admin/settings/index',
} as const;
