import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Field, FieldError } from '@/components';

function TypedField({ onBlur, error }: { onBlur?: () => void; error?: string }) {
  const [value, setValue] = useState('');
  return (
    <Field
      id="name-row"
      label="姓名"
      input={{ id: 'name', value, maxlength: 30, placeholder: '与身份证一致', onInput: setValue, onBlur }}
      error={error}
      errorId="name-error"
    />
  );
}

const input = () => screen.getByPlaceholderText('与身份证一致') as HTMLInputElement;

describe('Field', () => {
  it('shows the label beside a text box with the field classes and the given id', () => {
    render(<TypedField />);
    const row = document.getElementById('name-row') as HTMLElement;
    expect(row.className).toBe('field');
    expect(row.querySelector('.field__label')?.textContent).toBe('姓名');
    expect(input().id).toBe('name');
    expect(input().className).toBe('field__input');
    expect(input().maxLength).toBe(30);
  });

  it('hands the typed text to onInput and reports leaving the box', () => {
    const onBlur = jest.fn();
    render(<TypedField onBlur={onBlur} />);
    fireEvent.change(input(), { target: { value: '王小英' } });
    expect(input().value).toBe('王小英');
    fireEvent.blur(input());
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('passes the keyboard type and disabled state to the box', () => {
    render(
      <Field
        label="手机号"
        input={{
          id: 'phone',
          type: 'number',
          value: '',
          maxlength: 11,
          placeholder: '11 位',
          disabled: true,
          onInput: jest.fn(),
        }}
      />,
    );
    const box = document.getElementById('phone') as HTMLInputElement;
    expect(box.dataset.type).toBe('number');
    expect(box.disabled).toBe(true);
  });

  it('puts the error under the row, with its id, and nothing when there is none', () => {
    const { rerender } = render(<TypedField />);
    expect(document.querySelector('.field__error')).toBeNull();
    rerender(<TypedField error="请填写姓名" />);
    const error = document.getElementById('name-error') as HTMLElement;
    expect(error.className).toBe('field__error');
    expect(error.textContent).toBe('请填写姓名');
    // Right after the row: the styles draw the border between an error and the next row.
    expect(document.getElementById('name-row')?.nextElementSibling).toBe(error);
  });

  it('shows the hint only while there is no error', () => {
    const hint = <span id="hint">已输入 10 位</span>;
    const { rerender } = render(<Field label="身份证号" hint={hint} />);
    expect(document.getElementById('hint')?.textContent).toBe('已输入 10 位');
    rerender(<Field label="身份证号" hint={hint} error="校验位不正确" />);
    expect(document.getElementById('hint')).toBeNull();
    expect(screen.getByText('校验位不正确').className).toBe('field__error');
  });

  it('wraps any other control in the input slot', () => {
    render(
      <Field id="region-row" label="所在地区">
        <button type="button">选择</button>
      </Field>,
    );
    const slot = document.querySelector('#region-row .field__input') as HTMLElement;
    expect(slot.textContent).toBe('选择');
    expect(screen.getByRole('button', { name: '选择' })).toBeTruthy();
  });

  it('FieldError alone says a form-wide problem in the same style', () => {
    render(<FieldError id="form-error">请填写完整的省、市、区县</FieldError>);
    expect(document.getElementById('form-error')?.className).toBe('field__error');
  });
});
