import { type ComponentType } from 'react';
import { type MapLinkProps } from './map-link-types';

export { type MapLinkProps } from './map-link-types';

/**
 * The way to a place on a map. weapp: WeChat's map (`Taro.openLocation`) when the coordinates are known,
 * else the address copied for the map app of the phone (a mini-program opens no outside web page).
 * H5: a link to the map search (`mapUrl`), in a new tab.
 */
export declare const MapLink: ComponentType<MapLinkProps>;
