import { cleanup } from '@testing-library/react';
import { resetTaroMock } from './taro';

afterEach(() => {
  cleanup();
  resetTaroMock();
});

// jsdom loads no images: a picked photo's size is unknown (null) unless a test says what it is.
jest.mock('@/platform/image-size', () => ({ readImageSize: jest.fn(async () => null) }));
