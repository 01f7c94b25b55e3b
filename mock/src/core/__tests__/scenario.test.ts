import { ArmedScenarios } from '../scenario';

describe('ArmedScenarios', () => {
  it('is used up after the armed number of matching requests', () => {
    const armed = new ArmedScenarios();
    armed.arm('sms-fail', 2);
    expect(armed.take(['sms-fail'], '/sms/v1/send')).toBe('sms-fail');
    expect(armed.take(['sms-fail'], '/sms/v1/send')).toBe('sms-fail');
    expect(armed.take(['sms-fail'], '/sms/v1/send')).toBeNull();
    expect(armed.list()).toEqual([]);
  });

  it('is not used up by a route that does not support it', () => {
    const armed = new ArmedScenarios();
    armed.arm('sms-fail', 1);
    expect(armed.take(['wechat-busy', 'slow'], '/cgi-bin/token')).toBeNull();
    expect(armed.list()).toEqual([{ name: 'sms-fail', remaining: 1 }]);
  });

  it('only affects paths starting with its prefix', () => {
    const armed = new ArmedScenarios();
    armed.arm('wechat-busy', 1, '/sns/');
    expect(armed.take(['wechat-busy'], '/cgi-bin/token')).toBeNull();
    expect(armed.take(['wechat-busy'], '/sns/jscode2session')).toBe('wechat-busy');
  });

  it('replaces the count when the same scenario and path are armed again', () => {
    const armed = new ArmedScenarios();
    armed.arm('slow', 5);
    armed.arm('slow', 1);
    armed.arm('slow', 3, '/sms');
    expect(armed.list()).toEqual([
      { name: 'slow', remaining: 1 },
      { name: 'slow', remaining: 3, path: '/sms' },
    ]);
  });

  it('disarms everything', () => {
    const armed = new ArmedScenarios();
    armed.arm('slow', 5);
    armed.arm('sms-fail', 5);
    armed.disarm();
    expect(armed.take(['slow', 'sms-fail'], '/')).toBeNull();
  });
});
