import Taro from '@/__mocks__/taro';

export interface FakeCall {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
}

type Route = (call: FakeCall) => { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;

/** Answers Taro.request from a function of the call; records every call. */
export function fakeServer(route: Route): FakeCall[] {
  const calls: FakeCall[] = [];
  Taro.request.mockImplementation(async (options: FakeCall) => {
    const call = { url: options.url, method: options.method, header: { ...options.header }, data: options.data };
    calls.push(call);
    const { status, body } = await route(call);
    return { statusCode: status, data: body ?? null, header: {} };
  });
  return calls;
}

export const API = 'http://127.0.0.1:3000/api/v1';

export function errorBody(code: string, message: string, details: unknown[] = []) {
  return { error: { code, message, details } };
}

export function loginAs(access = 'access-1', refresh = 'refresh-1'): void {
  Taro.setStorageSync('onetrip.accessToken', access);
  Taro.setStorageSync('onetrip.refreshToken', refresh);
}

export const pair = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresIn: 900,
  user: { id: 'u1', roles: ['resident'], realNameVerified: false },
});

/**
 * GET /me/consents of a person who agreed to every `purpose` already: for tests whose subject is not
 * consent (the consent steps have their own tests).
 */
export const consentsAgreed = (...purposes: string[]) => ({
  purposes: purposes.map((purpose) => ({
    purpose,
    title: '',
    version: '1',
    documents: [],
    agreed: null,
    needed: false,
  })),
  history: [],
});
