import Taro from '@tarojs/taro';

export async function readImageSize(path: string): Promise<{ width: number; height: number } | null> {
  try {
    const { width, height } = await Taro.getImageInfo({ src: path });
    return { width, height };
  } catch {
    return null;
  }
}
