/**
 * Hand mock of @tarojs/taro: jest.fn()s for the APIs the app calls, storage backed by a Map,
 * and router/lifecycle hooks that behave like a page that has just been opened.
 */
import { useEffect, useRef } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string | undefined> = {};

const ok = () => Promise.resolve({ errMsg: 'ok' });

const Taro = {
  request: jest.fn(),
  getStorageSync: jest.fn(),
  setStorageSync: jest.fn(),
  removeStorageSync: jest.fn(),
  showToast: jest.fn(),
  showModal: jest.fn(),
  navigateTo: jest.fn(),
  redirectTo: jest.fn(),
  reLaunch: jest.fn(),
  switchTab: jest.fn(),
  navigateBack: jest.fn(),
  setNavigationBarTitle: jest.fn(),
  login: jest.fn(),
  scanCode: jest.fn(),
  showLoading: jest.fn(),
  hideLoading: jest.fn(),
  showActionSheet: jest.fn(),
  stopPullDownRefresh: jest.fn(),
  pageScrollTo: jest.fn(),
  previewImage: jest.fn(),
  openDocument: jest.fn(),
  uploadFile: jest.fn(),
  downloadFile: jest.fn(),
  chooseMedia: jest.fn(),
  chooseMessageFile: jest.fn(),
  requestPayment: jest.fn(),
  makePhoneCall: jest.fn(),
};

/** Default behaviour; tests override per call with mockResolvedValueOnce and the like. */
function installDefaults(): void {
  for (const fn of Object.values(Taro)) fn.mockReset().mockImplementation(ok);
  Taro.request.mockImplementation(() => Promise.reject(new Error('request:fail no mock for this call')));
  Taro.getStorageSync.mockImplementation((key: string) => (storage.has(key) ? storage.get(key) : ''));
  Taro.setStorageSync.mockImplementation((key: string, value: unknown) => void storage.set(key, value));
  Taro.removeStorageSync.mockImplementation((key: string) => void storage.delete(key));
  Taro.showModal.mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }));
  Taro.login.mockImplementation(() => Promise.resolve({ code: 'test_user', errMsg: 'login:ok' }));
  Taro.scanCode.mockImplementation(() => Promise.reject(new Error('scanCode:fail cancel')));
  Taro.uploadFile.mockImplementation(() => Promise.reject({ errMsg: 'uploadFile:fail no mock for this call' }));
  Taro.downloadFile.mockImplementation(() => Promise.reject({ errMsg: 'downloadFile:fail no mock for this call' }));
}
installDefaults();

export default Taro;

export const useRouter = jest.fn(() => ({ params: routerParams, path: '' }));
const showHandlers = new Set<() => void>();
const hideHandlers = new Set<() => void>();

/** Registers the page’s latest handler while mounted; `runAtMount` calls it once then (a page is shown as it opens). */
function usePageEvent(handlers: Set<() => void>, fn: () => void, runAtMount: boolean): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    const handler = () => latest.current();
    handlers.add(handler);
    if (runAtMount) handler();
    return () => void handlers.delete(handler);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}

export const useDidShow = (fn: () => void) => usePageEvent(showHandlers, fn, true);
export const useLoad = useDidShow;
export const useReady = useDidShow;
export const useDidHide = (fn: () => void) => usePageEvent(hideHandlers, fn, false);
let pullDown: (() => void) | null = null;
export const usePullDownRefresh = (fn: () => void) => {
  pullDown = fn;
};
export const useReachBottom = () => undefined;

/** Test helpers (not part of Taro). */
export function triggerPullDownRefresh(): void {
  pullDown?.();
}

/** The page goes to the background (another page opened on top, the app hidden), then comes back. */
export function triggerDidHide(): void {
  for (const handler of [...hideHandlers]) handler();
}

export function triggerDidShow(): void {
  for (const handler of [...showHandlers]) handler();
}

export function setRouterParams(params: Record<string, string | undefined>): void {
  routerParams = params;
}

export function storageSnapshot(): Map<string, unknown> {
  return storage;
}

export function resetTaroMock(): void {
  storage.clear();
  installDefaults();
  routerParams = {};
  pullDown = null;
  showHandlers.clear();
  hideHandlers.clear();
  useRouter.mockImplementation(() => ({ params: routerParams, path: '' }));
}

export type TaroMock = typeof Taro;
