import { useCallback, useRef, useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { useResource, type Resource, type ResourceOptions } from './use-resource';

/** One page of a list answer (`{items, total}`). */
export interface ListPage<Row> {
  items: Row[];
  total: number;
}

/** The rows shown so far, and how many pages they came from. */
export interface LoadedList<Row> extends ListPage<Row> {
  pages: number;
}

export interface PagedList<Row> extends Resource<LoadedList<Row>> {
  /** The next page is on its way (scrolled to the end). */
  loadingMore: boolean;
}

/**
 * A list in the server's order: the first page through useResource (so retry, refresh and reloading on
 * show work as for any read), the next one appended when the page is scrolled to the end. A row that
 * moved up while scrolling (the order is by last change) is shown once.
 */
export function usePagedList<Row extends { id: string }>(
  loadPage: (page: number) => Promise<ListPage<Row>>,
  options: Pick<ResourceOptions<LoadedList<Row>>, 'reloadOnShow'> = {},
): PagedList<Row> {
  // Counts first-page loads, so a next page that arrives after a reload started is dropped.
  const firstLoads = useRef(0);
  const loadFirst = useCallback(async () => {
    firstLoads.current += 1;
    return { ...(await loadPage(1)), pages: 1 };
  }, [loadPage]);
  const list = useResource(loadFirst, options);
  const [loadingMore, setLoadingMore] = useState(false);

  useReachBottom(() => {
    const shown = list.current();
    if (!shown || shown.items.length >= shown.total || loadingMore) return;
    const loadsBefore = firstLoads.current;
    setLoadingMore(true);
    loadPage(shown.pages + 1)
      .then((next) => {
        if (loadsBefore !== firstLoads.current || list.current() !== shown) return;
        const seen = new Set(shown.items.map((row) => row.id));
        list.keep({
          items: [...shown.items, ...next.items.filter((row) => !seen.has(row.id))],
          total: next.total,
          pages: shown.pages + 1,
        });
      })
      .catch(() => undefined) // the end of the list stays where it is; scrolling again retries
      .finally(() => setLoadingMore(false));
  });

  return { ...list, loadingMore };
}
