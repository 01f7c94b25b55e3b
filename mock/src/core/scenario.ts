/**
 * Failure scenarios. A test picks one for a single request with the
 * `x-mock-scenario` header, or — because the BFF, not the test, makes most
 * calls — arms one for the next N matching requests with PUT /__mock/scenario.
 */
export const SCENARIO_NAMES = [
  'wechat-busy',
  'invalid-code',
  'not-subscribed',
  'sms-fail',
  'realname-down',
  'pay-busy',
  'notify-drop',
  'refund-processing',
  'express-busy',
  'slow',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export const SCENARIO_HEADER = 'x-mock-scenario';

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

export interface ArmedScenario {
  name: ScenarioName;
  /** Requests still to be failed. */
  remaining: number;
  /** Only requests whose path starts with this are affected. */
  path?: string;
  /**
   * Only requests whose query string or JSON body contains this text (an
   * openid, a phone number), so test files running in parallel against one
   * simulator do not fail each other's requests.
   */
  match?: string;
}

export interface ArmOptions {
  times: number;
  path?: string | undefined;
  match?: string | undefined;
}

/** What a request offers to an armed scenario's filters. */
export interface ScenarioTarget {
  path: string;
  /** The query string and body as text; computed only when a filter needs it. */
  text: () => string;
}

/**
 * Scenarios armed for later requests. A request uses up an armed scenario
 * only when its route supports that scenario, so arming `sms-fail` is not
 * wasted on a WeChat token request the BFF happens to make first.
 */
export class ArmedScenarios {
  private armed: ArmedScenario[] = [];

  /** Arming the same name, path and match again replaces the earlier count. */
  arm(name: ScenarioName, { times, path, match }: ArmOptions): void {
    this.armed = this.armed.filter((a) => !(a.name === name && a.path === path && a.match === match));
    this.armed.push({
      name,
      remaining: times,
      ...(path === undefined ? {} : { path }),
      ...(match === undefined ? {} : { match }),
    });
  }

  disarm(): void {
    this.armed = [];
  }

  list(): ArmedScenario[] {
    return this.armed.map((a) => ({ ...a }));
  }

  /** Takes one use of the earliest armed scenario that fits this request. */
  take(supported: readonly ScenarioName[], target: ScenarioTarget): ScenarioName | null {
    const found = this.armed.find(
      (a) =>
        supported.includes(a.name) &&
        (a.path === undefined || target.path.startsWith(a.path)) &&
        (a.match === undefined || target.text().includes(a.match)),
    );
    if (!found) return null;
    found.remaining -= 1;
    if (found.remaining <= 0) this.armed = this.armed.filter((a) => a !== found);
    return found.name;
  }
}
