import { type ComponentType } from 'react';
import { type RegionInputProps } from './region-types';

export { type RegionInputProps } from './region-types';

/**
 * 省 / 市 / 区县. weapp: the native region picker (`Picker mode="region"`). H5: Taro's web picker
 * needs the whole region table shipped to the browser, so three short text boxes instead.
 */
export declare const RegionInput: ComponentType<RegionInputProps>;
