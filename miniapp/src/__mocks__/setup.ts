import { cleanup } from '@testing-library/react';
import { resetTaroMock } from './taro';

afterEach(() => {
  cleanup();
  resetTaroMock();
});
