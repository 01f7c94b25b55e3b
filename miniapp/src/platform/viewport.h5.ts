import { useEffect, useState } from 'react';

export const WIDE_MIN_WIDTH = 1280;

const QUERY = `(min-width: ${WIDE_MIN_WIDTH}px)`;

/** `matchMedia` may be missing (an old browser, a test's document): then the phone layout. */
function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => mediaQuery()?.matches ?? false);
  useEffect(() => {
    const media = mediaQuery();
    if (!media) return undefined;
    const onChange = () => setWide(media.matches);
    onChange();
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return wide;
}
