import Taro, { usePullDownRefresh } from '@tarojs/taro';

/** Pulling the page down loads it again; the spinner stops once the answer (or the failure) is in. */
export function useRefreshOnPullDown(refresh: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh());
  });
}
