import { type ReactNode } from 'react';
import { type ResourceView } from '@/hooks/use-resource';
import { errorMessage, type ApiError } from '@/services/api-error';
import { Empty } from './Empty';
import { Loading } from './Loading';

interface RemoteProps<T> {
  state: ResourceView<T>;
  /** What to say when the server answers 404. */
  notFound?: { title: string; desc?: string };
  children: (data: T) => ReactNode;
}

interface LoadFailedProps {
  error: ApiError | null | undefined;
  onRetry: () => void;
  id?: string;
  title?: string;
}

/** A load that failed: why, in words for people, and 重试. */
export function LoadFailed({ error, onRetry, id = 'remote-error', title = '暂时无法加载' }: LoadFailedProps) {
  return <Empty id={id} icon="!" title={title} desc={errorMessage(error)} actionText="重试" onAction={onRetry} />;
}

/** Loading, a friendly error with 重试 (the BFF may be down), or the data. */
export function Remote<T>({ state, notFound, children }: RemoteProps<T>) {
  if (state.data !== undefined) return <>{children(state.data)}</>;
  if (state.loading) return <Loading />;
  if (notFound && state.error?.code === 'NOT_FOUND') {
    return <Empty id="remote-not-found" icon="?" title={notFound.title} desc={notFound.desc} />;
  }
  return <LoadFailed error={state.error} onRetry={state.retry} />;
}
