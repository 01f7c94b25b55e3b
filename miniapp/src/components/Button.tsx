import { type PropsWithChildren } from 'react';
import { Button as TaroButton, type ButtonProps as TaroButtonProps } from '@tarojs/components';
import { cx } from '@/utils/cx';

export interface ButtonProps {
  id?: string;
  className?: string;
  kind?: 'primary' | 'default' | 'warn' | 'plain';
  size?: 'normal' | 'small' | 'large';
  block?: boolean;
  loading?: boolean;
  disabled?: boolean;
  openType?: TaroButtonProps['openType'];
  onClick?: () => void;
  onGetPhoneNumber?: TaroButtonProps['onGetPhoneNumber'];
}

/** WeUI-like button; the native one only where WeChat needs it (openType). */
export function Button({
  id,
  className,
  kind = 'default',
  size = 'normal',
  block,
  loading,
  disabled,
  openType,
  onClick,
  onGetPhoneNumber,
  children,
}: PropsWithChildren<ButtonProps>) {
  return (
    <TaroButton
      id={id}
      className={cx(
        'btn',
        `btn--${kind}`,
        `btn--${size}`,
        block && 'btn--block',
        (disabled || loading) && 'btn--disabled',
        className,
      )}
      // `undefined`, not `false`: Taro's H5 button would render disabled="false", which its [disabled] CSS greys out.
      disabled={disabled || loading || undefined}
      loading={loading || undefined}
      openType={openType}
      hoverClass="btn--active"
      onClick={disabled || loading ? undefined : onClick}
      onGetPhoneNumber={onGetPhoneNumber}
    >
      {children}
    </TaroButton>
  );
}
