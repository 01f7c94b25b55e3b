import { act, renderHook } from '@testing-library/react';
import { useCallback } from 'react';
import { useResource, type ResourceOptions } from '@/hooks/use-resource';
import { ApiError, UNKNOWN_MESSAGE } from '@/services/api-error';
import * as taro from '@/__mocks__/taro';

interface Doc {
  id: string;
  version: number;
}

/** A load whose answers the test hands out one at a time, in any order. */
function deferredLoads<T>() {
  const pending: Array<{ resolve: (v: T) => void; reject: (e: unknown) => void }> = [];
  const load = jest.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })));
  const answer = async (i: number, value: T) => act(async () => pending[i]?.resolve(value));
  const fail = async (i: number, error: unknown) => act(async () => pending[i]?.reject(error));
  return { load, answer, fail };
}

function useDoc(load: (key: string) => Promise<Doc>, key: string, options?: ResourceOptions<Doc>) {
  return useResource(
    useCallback(() => load(key), [load, key]),
    options,
  );
}

const versionOf = (d: Doc) => d.version;

describe('useResource', () => {
  it('is loading until the first answer, then holds the data', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a'));
    expect(result.current).toMatchObject({ data: undefined, loading: true, error: undefined });
    await answer(0, { id: 'a', version: 1 });
    expect(result.current).toMatchObject({ data: { id: 'a', version: 1 }, loading: false, error: undefined });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps an ApiError as it is and turns anything else into an UNKNOWN one', async () => {
    const { load, fail } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a'));
    const notFound = new ApiError('NOT_FOUND', '未找到', 404);
    await fail(0, notFound);
    expect(result.current.error).toBe(notFound);
    expect(result.current.loading).toBe(false);

    act(() => result.current.retry());
    await fail(1, new Error('boom'));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error).toMatchObject({ code: 'UNKNOWN', message: UNKNOWN_MESSAGE });
  });

  it('retry loads again after a failure and clears the error once it works', async () => {
    const { load, fail, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a'));
    await fail(0, new ApiError('NETWORK', '网络连接失败', 0));
    act(() => result.current.retry());
    expect(result.current.loading).toBe(true);
    expect(result.current.error).toBeUndefined();
    await answer(1, { id: 'a', version: 1 });
    expect(result.current).toMatchObject({ data: { id: 'a', version: 1 }, loading: false, error: undefined });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('refresh keeps the data on screen while loading and resolves with the new copy', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a'));
    await answer(0, { id: 'a', version: 1 });
    let refreshed: Promise<Doc | undefined> = Promise.resolve(undefined);
    act(() => {
      refreshed = result.current.refresh();
    });
    expect(result.current).toMatchObject({ data: { id: 'a', version: 1 }, loading: true });
    await answer(1, { id: 'a', version: 2 });
    await expect(refreshed).resolves.toEqual({ id: 'a', version: 2 });
    expect(result.current.data).toEqual({ id: 'a', version: 2 });
  });

  it('a failed refresh keeps the last copy and resolves with undefined', async () => {
    const { load, answer, fail } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a'));
    await answer(0, { id: 'a', version: 1 });
    let refreshed: Promise<Doc | undefined> = Promise.resolve(undefined);
    act(() => {
      refreshed = result.current.refresh();
    });
    await fail(1, new ApiError('NETWORK', '网络连接失败', 0));
    await expect(refreshed).resolves.toBeUndefined();
    expect(result.current.data).toEqual({ id: 'a', version: 1 });
    expect(result.current.error?.code).toBe('NETWORK');
  });

  it('a failed load of something else does not leave the old data standing in for it', async () => {
    const { load, answer, fail } = deferredLoads<Doc>();
    const { result, rerender } = renderHook(({ key }) => useDoc(load, key), { initialProps: { key: 'a' } });
    await answer(0, { id: 'a', version: 1 });
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ data: { id: 'a', version: 1 }, loading: true });
    await fail(1, new ApiError('NOT_FOUND', '未找到', 404));
    expect(result.current.data).toBeUndefined();
    expect(result.current.error?.code).toBe('NOT_FOUND');
  });

  it('drops an answer that arrives after a newer load started', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result, rerender } = renderHook(({ key }) => useDoc(load, key), { initialProps: { key: 'a' } });
    rerender({ key: 'b' });
    await answer(1, { id: 'b', version: 1 });
    await answer(0, { id: 'a', version: 9 });
    expect(result.current.data).toEqual({ id: 'b', version: 1 });
  });

  it('gives the record version for If-Match when told how to read it', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a', { versionOf }));
    expect(result.current.version).toBeUndefined();
    await answer(0, { id: 'a', version: 7 });
    expect(result.current.version).toBe(7);
    act(() => result.current.keep({ id: 'a', version: 8 }));
    expect(result.current.version).toBe(8);
    expect(result.current.current()).toEqual({ id: 'a', version: 8 });

    const unversioned = renderHook(() => useDoc(load, 'a'));
    await answer(1, { id: 'a', version: 7 });
    expect(unversioned.result.current.version).toBeUndefined();
  });

  it('keep shows a write’s answer and drops a read still on its way', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a', { versionOf }));
    await answer(0, { id: 'a', version: 1 });
    act(() => void result.current.refresh());
    act(() => result.current.keep({ id: 'a', version: 2 }));
    expect(result.current).toMatchObject({ data: { id: 'a', version: 2 }, loading: false });
    await answer(1, { id: 'a', version: 1 });
    expect(result.current.data).toEqual({ id: 'a', version: 2 });
  });

  it('keeps the newer copy when a read started before a write answers with an older version', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { result } = renderHook(() => useDoc(load, 'a', { versionOf }));
    await answer(0, { id: 'a', version: 3 });
    let refreshed: Promise<Doc | undefined> = Promise.resolve(undefined);
    act(() => {
      refreshed = result.current.refresh();
    });
    await answer(1, { id: 'a', version: 2 });
    await expect(refreshed).resolves.toEqual({ id: 'a', version: 3 });
    expect(result.current).toMatchObject({ data: { id: 'a', version: 3 }, loading: false });
  });

  it('does not restart the load when the options object is new at each render', async () => {
    const { load, answer } = deferredLoads<Doc>();
    const { rerender } = renderHook(() => useDoc(load, 'a', { versionOf: (d) => d.version }));
    await answer(0, { id: 'a', version: 1 });
    rerender();
    rerender();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    [true, 2],
    [false, 1],
  ])('with reloadOnShow %s, showing the page again makes %i load(s) in all', async (reloadOnShow, loads) => {
    // Hold on to the show handler, to show the page again as Taro would.
    let show: (() => void) | undefined;
    const didShow = jest.spyOn(taro, 'useDidShow').mockImplementation((fn: () => void) => {
      show = fn;
    });
    try {
      const { load, answer } = deferredLoads<Doc>();
      renderHook(() => useDoc(load, 'a', { reloadOnShow }));
      await answer(0, { id: 'a', version: 1 });
      act(() => show?.()); // the first show is the opening itself
      expect(load).toHaveBeenCalledTimes(1);
      act(() => show?.());
      expect(load).toHaveBeenCalledTimes(loads);
    } finally {
      didShow.mockRestore();
    }
  });
});
