import { type ComponentType } from 'react';
import { type TelLinkProps } from './tel-link-types';

export { type TelLinkProps } from './tel-link-types';

/**
 * A phone number that calls when tapped (a department's 咨询电话). weapp: `Taro.makePhoneCall`.
 * H5: a `tel:` link, which the phone's browser hands to its dialler (and a PC to its calling app).
 */
export declare const TelLink: ComponentType<TelLinkProps>;
