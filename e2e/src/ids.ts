import { idCheckChar } from '@onetrip/shared';

/** A fresh, valid resident ID number (莒南县 371327, born `from`–`to`, 1950–1989 unless told), so reruns never collide. */
export function randomIdNumber(from = 1950, to = 1989): string {
  const year = from + Math.floor(Math.random() * (to - from + 1));
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `371327${year}${month}${day}${seq}`;
  return first17 + idCheckChar(first17);
}
