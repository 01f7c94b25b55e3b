/** Money travels in fen (integer); people read yuan. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const rest = abs % 100;
  if (rest === 0) return `${sign}${yuan}`;
  return `${sign}${yuan}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** 收费 line of a guide: 0 → 不收费, 1250 → "12.5 元". */
export function formatFee(fen: number): string {
  return fen <= 0 ? '不收费' : `${fenToYuan(fen)} 元`;
}
