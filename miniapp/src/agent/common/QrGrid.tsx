import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { qrMatrix } from './qr-matrix';

/** The white border a reader needs around the symbol, in modules (the standard asks for 4). */
export const QUIET_ZONE = 4;

/** Whole pixels per module, so rows meet without hairline gaps; the code stays about `target` px wide. */
export function moduleSize(size: number, target: number): number {
  return Math.max(3, Math.floor(target / (size + 2 * QUIET_ZONE)));
}

/**
 * A QR code drawn with plain views (rows of dark and light runs), so it looks the same in the
 * mini-program and in a browser without a canvas, and scales with nothing but CSS pixels.
 */
export function QrGrid({ id, text, target = 240 }: { id?: string; text: string; target?: number }) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  const unit = moduleSize(matrix.size, target);
  const side = (matrix.size + 2 * QUIET_ZONE) * unit;
  return (
    <View
      id={id}
      className="qr-grid"
      style={{ width: `${side}px`, height: `${side}px`, padding: `${QUIET_ZONE * unit}px` }}
    >
      {matrix.rows.map((runs, r) => (
        <View key={r} className="qr-grid__row" style={{ height: `${unit}px` }}>
          {runs.map((run, i) => (
            <View
              key={i}
              className={run.dark ? 'qr-grid__dark' : 'qr-grid__light'}
              style={{ width: `${run.length * unit}px`, height: `${unit}px` }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
