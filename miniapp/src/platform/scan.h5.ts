import Taro from '@tarojs/taro';

/** Taro.scanCode exists on H5 only inside WeChat's JS-SDK; a poster's code opens /q/<token> by itself. */
export async function scanToOpen(): Promise<void> {
  await Taro.showModal({
    title: '扫一扫',
    content: '网页中无法直接扫码。请用手机相机或微信扫描海报、窗口上的二维码，即可打开对应的办事指南。',
    showCancel: false,
    confirmText: '知道了',
  });
}
