import { TokenCache } from '../token-cache';

describe('TokenCache', () => {
  it('gives a value back only under the token it was stored with', () => {
    const cache = new TokenCache<string>(10, 60_000);
    cache.set('case-1', 'token-a', 'version 3');
    expect(cache.get('case-1', 'token-a')).toBe('version 3');
    expect(cache.get('case-1', 'token-b')).toBeUndefined();
    // A mismatch drops the entry: the old value never comes back.
    expect(cache.get('case-1', 'token-a')).toBeUndefined();
  });

  it('forgets a value older than its time to live', () => {
    const cache = new TokenCache<string>(10, 1_000);
    cache.set('queue', 't', 'rows', 5_000);
    expect(cache.get('queue', 't', 5_900)).toBe('rows');
    expect(cache.get('queue', 't', 6_001)).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently used first', () => {
    const cache = new TokenCache<number>(2, 60_000);
    cache.set('a', '', 1);
    cache.set('b', '', 2);
    expect(cache.get('a', '')).toBe(1); // a is now more recent than b
    cache.set('c', '', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b', '')).toBeUndefined();
    expect(cache.get('a', '')).toBe(1);
    expect(cache.get('c', '')).toBe(3);
  });
});
