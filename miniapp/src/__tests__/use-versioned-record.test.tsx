import { act, renderHook, waitFor } from '@testing-library/react';
import { useCallback } from 'react';
import Taro from '@/__mocks__/taro';
import { useVersionedRecord } from '@/hooks/use-versioned-record';
import { ApiError } from '@/services/api-error';

interface Doc {
  id: string;
  version: number;
}

function setup(server: { doc: Doc }) {
  const load = jest.fn(async () => ({ ...server.doc }));
  const view = renderHook(() =>
    useVersionedRecord(
      useCallback(() => load(), []),
      { conflictMessage: '内容已更新，已为您刷新' },
    ),
  );
  return { load, ...view };
}

describe('useVersionedRecord', () => {
  it('writes with the version shown and then shows the answer', async () => {
    const { result } = setup({ doc: { id: 'a', version: 4 } });
    await waitFor(() => expect(result.current.version).toBe(4));
    const run = jest.fn(async (version: number) => ({ id: 'a', version: version + 1 }));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.write(run);
    });
    expect(run).toHaveBeenCalledWith(4);
    expect(outcome).toEqual({ ok: true, view: { id: 'a', version: 5 } });
    expect(result.current.version).toBe(5);
  });

  it('runs a second write after the first, with the version the first left', async () => {
    const { result } = setup({ doc: { id: 'a', version: 4 } });
    await waitFor(() => expect(result.current.version).toBe(4));
    let answerFirst: (doc: Doc) => void = () => undefined;
    const first = jest.fn((_version: number) => new Promise<Doc>((resolve) => (answerFirst = resolve)));
    const second = jest.fn(async (version: number) => ({ id: 'a', version: version + 1 }));
    let both: Promise<unknown> = Promise.resolve();
    act(() => {
      both = Promise.all([result.current.write(first), result.current.write(second)]);
    });
    await waitFor(() => expect(first).toHaveBeenCalledWith(4));
    expect(second).not.toHaveBeenCalled();
    await act(async () => {
      answerFirst({ id: 'a', version: 5 });
      await both;
    });
    expect(second).toHaveBeenCalledWith(5);
    expect(result.current.version).toBe(6);
  });

  it('on VERSION_CONFLICT reloads, says so and counts the refresh', async () => {
    const server = { doc: { id: 'a', version: 4 } };
    const { result, load } = setup(server);
    await waitFor(() => expect(result.current.version).toBe(4));
    server.doc = { id: 'a', version: 6 };
    const conflict = new ApiError('VERSION_CONFLICT', '已被修改', 409);
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.write(() => Promise.reject(conflict));
    });
    expect(outcome).toEqual({ ok: false, conflict: true, error: conflict });
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current.version).toBe(6);
    expect(result.current.refreshed).toBe(1);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '内容已更新，已为您刷新' }));
  });

  it('shows any other failure unless quiet', async () => {
    const { result } = setup({ doc: { id: 'a', version: 1 } });
    await waitFor(() => expect(result.current.version).toBe(1));
    const busy = new ApiError('RATE_LIMITED', '操作太频繁，请稍后再试', 429);
    await act(async () => void (await result.current.write(() => Promise.reject(busy), { quiet: true })));
    expect(Taro.showToast).not.toHaveBeenCalled();
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.write(() => Promise.reject(busy));
    });
    expect(outcome).toEqual({ ok: false, conflict: false, error: busy });
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '操作太频繁，请稍后再试', icon: 'none', duration: 2500 });
    expect(result.current.refreshed).toBe(0);
  });

  it('refuses to write before the record is loaded', async () => {
    const { result } = renderHook(() =>
      useVersionedRecord(
        useCallback(() => new Promise<Doc>(() => undefined), []),
        { conflictMessage: '内容已更新，已为您刷新' },
      ),
    );
    const run = jest.fn();
    const outcome = await result.current.write(run);
    expect(outcome.ok).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });
});
