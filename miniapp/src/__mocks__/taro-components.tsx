/**
 * DOM stand-ins for @tarojs/components: enough to render pages in jsdom and to fire the events
 * the app listens to with Taro's event shape (`e.detail.value`).
 */
import { type CSSProperties, type ReactNode } from 'react';

interface Common {
  id?: string;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  onClick?: () => void;
  [prop: string]: unknown;
}

function pick({ id, className, style }: Common) {
  return { id, className, style };
}

export const View = (p: Common) => (
  <div {...pick(p)} onClick={p.onClick}>
    {p.children}
  </div>
);
export const ScrollView = View;
export const Text = (p: Common) => (
  <span {...pick(p)} onClick={p.onClick}>
    {p.children}
  </span>
);
export const Image = (p: Common & { src?: string }) => <img {...pick(p)} src={p.src} alt="" />;

export const Button = (p: Common & { disabled?: boolean; openType?: string }) => (
  <button {...pick(p)} type="button" disabled={p.disabled} data-open-type={p.openType} onClick={p.onClick}>
    {p.children}
  </button>
);

type Detail<T> = { detail: T };

export const Input = (
  p: Common & {
    value?: string;
    placeholder?: string;
    maxlength?: number;
    disabled?: boolean;
    type?: string;
    onInput?: (e: Detail<{ value: string }>) => void;
    onBlur?: (e: Detail<{ value: string }>) => void;
  },
) => (
  <input
    {...pick(p)}
    value={p.value}
    placeholder={p.placeholder}
    maxLength={p.maxlength}
    disabled={p.disabled}
    data-type={p.type}
    onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })}
    onBlur={(e) => p.onBlur?.({ detail: { value: e.target.value } })}
  />
);

export const Switch = (p: Common & { checked?: boolean; onChange?: (e: Detail<{ value: boolean }>) => void }) => (
  <input
    {...pick(p)}
    type="checkbox"
    role="switch"
    checked={Boolean(p.checked)}
    onChange={(e) => p.onChange?.({ detail: { value: e.target.checked } })}
  />
);
