import { idCheckChar } from '@onetrip/shared';

/** A fresh, valid resident ID number (莒南县 371327, born 1950–1989), so reruns never collide. */
export function randomIdNumber(): string {
  const year = 1950 + Math.floor(Math.random() * 40);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `371327${year}${month}${day}${seq}`;
  return first17 + idCheckChar(first17);
}
