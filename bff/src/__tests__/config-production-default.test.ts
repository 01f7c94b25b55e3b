/**
 * Production is the safe default (issue 13, defect 9): an unset NODE_ENV no longer means
 * development, so a server started without it cannot run on the published dev secrets.
 */
import { ConfigError, loadConfig } from '../config';

const MONGODB_URI = 'mongodb://127.0.0.1:1/x';

describe('NODE_ENV', () => {
  it('unset refuses to start on the development JWT secret, saying what to set', () => {
    expect(() => loadConfig({ MONGODB_URI })).toThrow(ConfigError);
    expect(() => loadConfig({ MONGODB_URI })).toThrow(/NODE_ENV is not set.*production.*JWT_SECRET/);
  });

  it('empty counts as unset', () => {
    expect(() => loadConfig({ MONGODB_URI, NODE_ENV: '' })).toThrow(/NODE_ENV is not set/);
  });

  it('development and test, set explicitly, still run on the development defaults', () => {
    expect(loadConfig({ MONGODB_URI, NODE_ENV: 'development' }).NODE_ENV).toBe('development');
    expect(loadConfig({ MONGODB_URI, NODE_ENV: 'test' }).NODE_ENV).toBe('test');
  });

  it('an unknown value is refused rather than guessed', () => {
    expect(() => loadConfig({ MONGODB_URI, NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
  });
});
