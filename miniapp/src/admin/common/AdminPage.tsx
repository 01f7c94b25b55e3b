import { type PropsWithChildren } from 'react';
import { Page } from '@/components';
import { useKeyboardControls } from '@/platform/keyboard';
import { cx } from '@/utils/cx';
import './admin.scss';

/** Scopes the console's styles (a desktop layout at PC width) and its keyboard controls. */
export const ADMIN_SCOPE = 'admin-page';

/** Every console page's root: `Page` plus keyboard access to its buttons and rows at a PC (H5). */
export function AdminPage({ id, className, children }: PropsWithChildren<{ id: string; className?: string }>) {
  useKeyboardControls(ADMIN_SCOPE);
  return (
    <Page id={id} className={cx(ADMIN_SCOPE, className)}>
      {children}
    </Page>
  );
}
