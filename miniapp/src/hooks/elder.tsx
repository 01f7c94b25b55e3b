import { createContext, useCallback, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { setRootClass } from '@/platform/root-class';

/** 长辈模式: bigger type, stronger contrast, bigger buttons; one class on each page root. */
export const ELDER_STORAGE_KEY = 'onetrip.elder';
export const ELDER_CLASS = 'elder';

interface ElderMode {
  elder: boolean;
  setElder: (on: boolean) => void;
}

function readStored(): boolean {
  return Taro.getStorageSync(ELDER_STORAGE_KEY) === '1';
}

const ElderContext = createContext<ElderMode | null>(null);

/** Held once at the app root, so switching on the 我的 page changes every page. */
export function ElderProvider({ children }: PropsWithChildren) {
  const [elder, setElderState] = useState(readStored);
  useEffect(() => setRootClass(ELDER_CLASS, elder), [elder]);
  const setElder = useCallback((on: boolean) => {
    Taro.setStorageSync(ELDER_STORAGE_KEY, on ? '1' : '0');
    setElderState(on);
  }, []);
  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return <ElderContext.Provider value={value}>{children}</ElderContext.Provider>;
}

/** The current mode; outside a provider (a page rendered alone) it reads storage and cannot switch. */
export function useElderMode(): ElderMode {
  const mode = useContext(ElderContext);
  return mode ?? { elder: readStored(), setElder: () => undefined };
}
