import { type Page } from 'playwright-core';

/** The access token the H5 app keeps (Taro's storage wraps values as `{data}`), to check the server's side. */
export function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('onetrip.accessToken') ?? '';
    try {
      return (JSON.parse(raw) as { data: string }).data;
    } catch {
      return raw;
    }
  });
}

/** The case id in the current hash route (`#/…?id=`). */
export function caseIdIn(page: Page): string {
  return new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
}
