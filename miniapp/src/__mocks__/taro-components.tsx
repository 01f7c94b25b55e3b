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

/** id, class, style and the `data-*` attributes (Taro renders them on H5 as they are). */
function pick({ id, className, style, ...rest }: Common) {
  const data = Object.fromEntries(Object.entries(rest).filter(([key]) => key.startsWith('data-')));
  return { id, className, style, ...data };
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
export const Image = (p: Common & { src?: string; onError?: () => void }) => (
  <img {...pick(p)} src={p.src} alt="" onClick={p.onClick} onError={p.onError} />
);

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
    /** Taro focuses the box when this turns true (`autoFocus` on H5); the stand-in says so in `data-focus`. */
    focus?: boolean;
    autoFocus?: boolean;
    onInput?: (e: Detail<{ value: string }>) => void;
    onBlur?: (e: Detail<{ value: string }>) => void;
    onFocus?: () => void;
    /** Enter (H5) or the keyboard's confirm key (weapp). */
    onConfirm?: (e: Detail<{ value: string }>) => void;
  },
) => (
  <input
    {...pick(p)}
    value={p.value}
    placeholder={p.placeholder}
    maxLength={p.maxlength}
    disabled={p.disabled}
    data-type={p.type}
    data-focus={p.focus || p.autoFocus ? 'true' : undefined}
    onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })}
    onBlur={(e) => p.onBlur?.({ detail: { value: e.target.value } })}
    onFocus={() => p.onFocus?.()}
    onKeyDown={(e) => {
      if (e.key === 'Enter') p.onConfirm?.({ detail: { value: e.currentTarget.value } });
    }}
  />
);

/** A label wrapping its control: a tap on it reaches the control, as a native label does. */
export const Label = (p: Common) => (
  <label {...pick(p)} onClick={p.onClick}>
    {p.children}
  </label>
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

export const Textarea = (
  p: Common & {
    value?: string;
    placeholder?: string;
    maxlength?: number;
    onInput?: (e: Detail<{ value: string }>) => void;
    onBlur?: (e: Detail<{ value: string }>) => void;
  },
) => (
  <textarea
    {...pick(p)}
    value={p.value}
    placeholder={p.placeholder}
    maxLength={p.maxlength}
    onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })}
    onBlur={(e) => p.onBlur?.({ detail: { value: e.target.value } })}
  />
);

/**
 * Picker: the children (what the user sees) plus a text box standing for the native wheel.
 * Typing into `input.picker-mock` fires onChange with Taro's detail: the index for `selector`,
 * the text for `date`, and `a,b,c` split into an array for `region`.
 */
export const Picker = (
  p: Common & { mode?: string; range?: unknown[]; onChange?: (e: Detail<{ value: unknown }>) => void },
) => (
  <div {...pick(p)} data-mode={p.mode}>
    {p.children}
    <input
      className="picker-mock"
      data-mode={p.mode}
      onChange={(e) => {
        const raw = e.target.value;
        const value = p.mode === 'region' ? raw.split(',') : p.mode === 'selector' ? Number(raw) : raw;
        p.onChange?.({ detail: { value } });
      }}
    />
  </div>
);
