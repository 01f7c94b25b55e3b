import { type PropsWithChildren } from 'react';
import { Page } from '@/components';
import { useKeyboardControls } from '@/platform/keyboard';
import { cx } from '@/utils/cx';

/** Scopes the staff area's styles (the desktop layout, dialogs in the middle) and its keyboard controls. */
export const STAFF_SCOPE = 'staff-page';

/** Every staff page's root: `Page` plus keyboard access to its buttons, tabs and rows at a PC (H5). */
export function StaffPage({ id, className, children }: PropsWithChildren<{ id: string; className?: string }>) {
  useKeyboardControls(STAFF_SCOPE);
  return (
    <Page id={id} className={cx(STAFF_SCOPE, className)}>
      {children}
    </Page>
  );
}
