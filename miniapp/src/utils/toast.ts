import Taro from '@tarojs/taro';

export type ToastKind = 'info' | 'success';

/**
 * The app's one short message. Two looks only, so every page speaks alike:
 * - `info` (no icon, 2.5 s): room for a sentence, e.g. why something failed;
 * - `success` (the tick, Taro's default 1.5 s): a few words confirming an action.
 * Nothing waits for a toast, and one that cannot be shown is not worth an error.
 */
export function toast(title: string, kind: ToastKind = 'info'): void {
  const options: Taro.showToast.Option =
    kind === 'success' ? { title, icon: 'success' } : { title, icon: 'none', duration: 2500 };
  void Promise.resolve(Taro.showToast(options)).catch(() => undefined);
}
