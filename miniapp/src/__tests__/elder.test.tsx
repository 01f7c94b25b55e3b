import { fireEvent, render, screen } from '@testing-library/react';
import { View } from '@tarojs/components';
import { ElderSwitch, Page } from '@/components';
import { ElderProvider, ELDER_STORAGE_KEY } from '@/hooks/elder';
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

describe('长辈模式 on the home page and in 我的', () => {
  function Both() {
    return (
      <ElderProvider>
        <Page id="root">
          <ElderSwitch id="home-elder-switch" look="bar" />
          <ElderSwitch />
        </Page>
      </ElderProvider>
    );
  }
  const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

  it('is one setting: switched on the home page, 我的 shows it on', () => {
    render(<Both />);
    fireEvent.click(byId('home-elder-switch'));
    expect(byId('elder-switch').checked).toBe(true);
    expect(root().classList.contains('elder')).toBe(true);
    fireEvent.click(byId('elder-switch'));
    expect(byId('home-elder-switch').checked).toBe(false);
    expect(root().classList.contains('elder')).toBe(false);
  });

  it('says on the home page what it does, and that it is on', () => {
    render(<Both />);
    const bar = byId('home-elder-switch').closest('.elder-switch--bar') as HTMLElement;
    expect(bar.textContent).toBe('长辈模式字更大、按钮更大');
    fireEvent.click(byId('home-elder-switch'));
    expect(bar.textContent).toBe('长辈模式已开启：字大、按钮大');
  });
});
