import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { Keypad, pressKey } from '@/components';

function Harness({ disabled, onValue }: { disabled?: boolean; onValue?: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <Keypad
      value={value}
      disabled={disabled}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}

const key = (k: string) => fireEvent.click(document.getElementById(`keypad-${k}`) as HTMLElement);
const code = () => document.getElementById('keypad-code')?.textContent;

describe('keypad', () => {
  it('adds digits up to six, takes the last one off with ⌫ and empties with 清空', () => {
    expect(pressKey('12345', '6', 6)).toBe('123456');
    expect(pressKey('123456', '7', 6)).toBe('123456');
    expect(pressKey('123', 'del', 6)).toBe('12');
    expect(pressKey('', 'del', 6)).toBe('');
    expect(pressKey('123', 'clear', 6)).toBe('');
  });

  it('shows each digit typed in its own box and stops at six', () => {
    render(<Harness />);
    for (const k of ['3', '0', '9', '1', '7', '5', '8']) key(k);
    expect(code()).toBe('309175');
    const boxes = Array.from(document.querySelectorAll('.keypad__box')).map((b) => b.textContent);
    expect(boxes).toEqual(['3', '0', '9', '1', '7', '5']);
    key('del');
    expect(code()).toBe('30917');
    key('clear');
    expect(code()).toBe('');
  });

  it('has the twelve big keys, with 清空 and ⌫ beside 0', () => {
    render(<Harness />);
    const labels = Array.from(document.querySelectorAll('.keypad__key')).map((k) => k.textContent);
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '清空', '0', '⌫']);
  });

  it('ignores the keys while disabled', () => {
    const onValue = jest.fn();
    render(<Harness disabled onValue={onValue} />);
    key('1');
    expect(onValue).not.toHaveBeenCalled();
    expect(code()).toBe('');
  });
});
