import { type PropsWithChildren } from 'react';
import { ElderProvider } from '@/hooks/elder';
import './app.scss';

/** `children` are the pages; the provider lets 长辈模式 reach all of them. */
export default function App({ children }: PropsWithChildren) {
  return <ElderProvider>{children}</ElderProvider>;
}
