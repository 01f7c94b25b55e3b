import { budongchanItems } from './budongchan';
import { canlianItems } from './canlian';
import { type SeedItem } from './common';
import { gonganItems } from './gongan';
import { gongjijinItems } from './gongjijin';
import { gongyongItems } from './gongyong';
import { minzhengItems } from './minzheng';
import { rensheItems } from './renshe';
import { shichangItems } from './shichang';
import { shuiwuItems } from './shuiwu';
import { weijianItems } from './weijian';

export { seedChains, type SeedChain } from './chains';
export { type SeedItem } from './common';

/** The demo catalog of a county centre, one file per department (from the 莒南县/临沂市 reports). */
export const seedItems: SeedItem[] = [
  ...minzhengItems,
  ...budongchanItems,
  ...shuiwuItems,
  ...gongyongItems,
  ...shichangItems,
  ...weijianItems,
  ...rensheItems,
  ...gongjijinItems,
  ...gonganItems,
  ...canlianItems,
];

/** Fixed QR token of an item: `i-<code in lower case>`, at most 32 characters. */
export const itemQrToken = (code: string) => `i-${code.toLowerCase()}`.slice(0, 32);

/** Fixed QR token of a group's window: `w-<number>`, e.g. w-a03 for 综合受理's A03 (window numbers are unique in the centre). */
export const windowQrToken = (number: string) => `w-${number.toLowerCase()}`;

/** Fixed QR token of the hall's code for taking a ticket of a group: `h-<group>`, e.g. h-zonghe. */
export const hallQrToken = (group: string) => `h-${group}`;
