import { fireEvent, render, screen } from '@testing-library/react';
import { View } from '@tarojs/components';
import { Page } from '@/components';
import { ElderProvider, ELDER_STORAGE_KEY } from '@/hooks/elder';
import { ElderSwitch } from '@/pages/me/ElderSwitch';
import Taro from '@/__mocks__/taro';

function App() {
  return (
    <ElderProvider>
      <Page id="root">
        <View>内容</View>
        <ElderSwitch />
      </Page>
    </ElderProvider>
  );
}

const root = () => document.getElementById('root') as HTMLElement;
const elderSwitch = () => document.getElementById('elder-switch') as HTMLInputElement;

describe('长辈模式', () => {
  it('is off by default', () => {
    render(<App />);
    expect(root().classList.contains('elder')).toBe(false);
    expect(elderSwitch().checked).toBe(false);
  });

  it('adds the elder class to the page root and the document root, and persists', () => {
    render(<App />);
    fireEvent.click(elderSwitch());
    expect(root().classList.contains('elder')).toBe(true);
    expect(document.documentElement.classList.contains('elder')).toBe(true);
    expect(Taro.setStorageSync).toHaveBeenCalledWith(ELDER_STORAGE_KEY, '1');
  });

  it('comes back on after a restart and can be switched off', () => {
    const first = render(<App />);
    fireEvent.click(elderSwitch());
    first.unmount();

    render(<App />);
    expect(root().classList.contains('elder')).toBe(true);
    fireEvent.click(screen.getByRole('switch'));
    expect(root().classList.contains('elder')).toBe(false);
    expect(document.documentElement.classList.contains('elder')).toBe(false);
    expect(Taro.getStorageSync(ELDER_STORAGE_KEY)).toBe('0');
  });
});
