import { ArmedScenarios, type ScenarioTarget } from '../scenario';

const at = (path: string, text = ''): ScenarioTarget => ({ path, text: () => text });

describe('ArmedScenarios', () => {
  it('is used up after the armed number of matching requests', () => {
    const armed = new ArmedScenarios();
    armed.arm('sms-fail', { times: 2 });
    expect(armed.take(['sms-fail'], at('/sms/v1/send'))).toBe('sms-fail');
    expect(armed.take(['sms-fail'], at('/sms/v1/send'))).toBe('sms-fail');
    expect(armed.take(['sms-fail'], at('/sms/v1/send'))).toBeNull();
    expect(armed.list()).toEqual([]);
  });

  it('is not used up by a route that does not support it', () => {
    const armed = new ArmedScenarios();
    armed.arm('sms-fail', { times: 1 });
    expect(armed.take(['wechat-busy', 'slow'], at('/cgi-bin/token'))).toBeNull();
    expect(armed.list()).toEqual([{ name: 'sms-fail', remaining: 1 }]);
  });

  it('only affects paths starting with its prefix', () => {
    const armed = new ArmedScenarios();
    armed.arm('wechat-busy', { times: 1, path: '/sns/' });
    expect(armed.take(['wechat-busy'], at('/cgi-bin/token'))).toBeNull();
    expect(armed.take(['wechat-busy'], at('/sns/jscode2session'))).toBe('wechat-busy');
  });

  it('only affects requests containing its match text', () => {
    const armed = new ArmedScenarios();
    armed.arm('sms-fail', { times: 5, match: '13800000001' });
    expect(armed.take(['sms-fail'], at('/sms/v1/send', '{"phone":"13900000002"}'))).toBeNull();
    expect(armed.take(['sms-fail'], at('/sms/v1/send', '{"phone":"13800000001"}'))).toBe('sms-fail');
    expect(armed.list()).toEqual([{ name: 'sms-fail', remaining: 4, match: '13800000001' }]);
  });

  it('reads the request text only when a filter needs it', () => {
    const armed = new ArmedScenarios();
    armed.arm('slow', { times: 1 });
    const text = jest.fn(() => '');
    expect(armed.take(['slow'], { path: '/x', text })).toBe('slow');
    expect(text).not.toHaveBeenCalled();
  });

  it('replaces the count when the same scenario, path and match are armed again', () => {
    const armed = new ArmedScenarios();
    armed.arm('slow', { times: 5 });
    armed.arm('slow', { times: 1 });
    armed.arm('slow', { times: 3, path: '/sms' });
    armed.arm('slow', { times: 2, path: '/sms', match: 'x' });
    expect(armed.list()).toEqual([
      { name: 'slow', remaining: 1 },
      { name: 'slow', remaining: 3, path: '/sms' },
      { name: 'slow', remaining: 2, path: '/sms', match: 'x' },
    ]);
  });

  it('disarms everything', () => {
    const armed = new ArmedScenarios();
    armed.arm('slow', { times: 5 });
    armed.arm('sms-fail', { times: 5 });
    armed.disarm();
    expect(armed.take(['slow', 'sms-fail'], at('/'))).toBeNull();
  });
});
