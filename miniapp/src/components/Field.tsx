import { type PropsWithChildren, type ReactNode } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { inputFocus } from '@/platform/input-focus';

/** The text box of a field: the props forms set, with the value handed over as a string. */
export interface FieldInputProps {
  id: string;
  value: string;
  placeholder: string;
  maxlength: number;
  /** `number` and `idcard` bring up the matching keyboard on phones. */
  type?: 'text' | 'number' | 'idcard';
  disabled?: boolean;
  onInput: (value: string) => void;
  onBlur?: () => void;
  /** The box takes the focus when this turns true (the form moved on to it). */
  focus?: boolean;
  onFocus?: () => void;
  /** Enter on a keyboard, the confirm key of a phone's: the form moves on or is sent. */
  onConfirm?: () => void;
  confirmType?: 'next' | 'done' | 'search' | 'send' | 'go';
}

interface FieldProps {
  label: string;
  /** The row's id, for pages and tests that find the row itself. */
  id?: string;
  /** A text box; without it the children are the control (a region picker, WeChat's phone button). */
  input?: FieldInputProps;
  /** Said in red under the row while not empty. */
  error?: string | null;
  errorId?: string;
  /** Shown under the row instead when there is no error (e.g. how a typed number reads). */
  hint?: ReactNode;
}

/** The red line under a field, or under a form when the problem is the form's as a whole. */
export function FieldError({ id, children }: PropsWithChildren<{ id?: string }>) {
  return (
    <View id={id} className="field__error">
      {children}
    </View>
  );
}

/**
 * One labelled row of a form, WeUI style: the label, the control, then the error (or hint) below.
 * Every form of the app is made of these, so they look and read alike.
 */
export function Field({ label, id, input, error, errorId, hint, children }: PropsWithChildren<FieldProps>) {
  return (
    <>
      <View className="field" id={id}>
        <Text className="field__label">{label}</Text>
        {input ? (
          <Input
            id={input.id}
            className="field__input"
            type={input.type}
            value={input.value}
            maxlength={input.maxlength}
            disabled={input.disabled}
            placeholder={input.placeholder}
            placeholderClass="field__placeholder"
            onInput={(e) => input.onInput(e.detail.value)}
            onBlur={input.onBlur}
            {...(input.focus === undefined ? {} : inputFocus(input.focus))}
            confirmType={input.confirmType}
            onFocus={input.onFocus}
            onConfirm={input.onConfirm}
          />
        ) : (
          <View className="field__input">{children}</View>
        )}
      </View>
      {error ? <FieldError id={errorId}>{error}</FieldError> : (hint ?? null)}
    </>
  );
}
