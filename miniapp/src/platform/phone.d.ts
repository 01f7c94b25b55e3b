import { type ComponentType } from 'react';
import { type PhoneFieldProps } from './phone-types';

export { type PhoneFieldProps, type PhoneGrant } from './phone-types';

/**
 * The 手机号 row of the real-name form. weapp: WeChat's getPhoneNumber button gives a one-time code.
 * H5: the user types the number (see phone.h5.tsx for why the code is `phone_<number>`).
 */
export declare const PhoneField: ComponentType<PhoneFieldProps>;
