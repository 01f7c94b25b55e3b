import { type ApplicationView, type PatchApplicationBody } from '@onetrip/shared';
import { CASE_ID } from './case-fixtures';
import { API, errorBody, fakeServer, type FakeCall } from './helpers';

type Answer = { status: number; body?: unknown };

/**
 * A BFF for one case, per API.md: GET answers the case; PATCH and PUT materials check If-Match and
 * answer the changed case. `extra` answers anything else first (return undefined to fall through).
 */
export function caseServer(
  initial: ApplicationView,
  extra?: (call: FakeCall) => Answer | undefined | Promise<Answer | undefined>,
) {
  const state = { current: initial };
  const base = `${API}/applications/${CASE_ID}`;
  const calls = fakeServer(async (call) => {
    const custom = await extra?.(call);
    if (custom) return custom;
    const stale = () => call.header['If-Match'] !== String(state.current.version);
    if (call.method === 'GET' && call.url === base) return { status: 200, body: state.current };
    if (call.method === 'PATCH' && call.url === base) {
      if (stale()) return { status: 409, body: errorBody('VERSION_CONFLICT', '办件已被更新，请刷新后重试') };
      const body = call.data as PatchApplicationBody;
      const data = { ...state.current.data };
      for (const [k, v] of Object.entries(body.data ?? {})) {
        if (v === null) delete data[k];
        else data[k] = v;
      }
      state.current = { ...state.current, version: state.current.version + 1, data };
      return { status: 200, body: state.current };
    }
    const material = call.url.startsWith(`${base}/materials/`) ? call.url.slice(`${base}/materials/`.length) : null;
    if (call.method === 'PUT' && material) {
      if (stale()) return { status: 409, body: errorBody('VERSION_CONFLICT', '办件已被更新，请刷新后重试') };
      const { uploadIds, uploadSlots } = call.data as Pick<
        ApplicationView['materials'][number],
        'uploadIds' | 'uploadSlots'
      >;
      state.current = {
        ...state.current,
        version: state.current.version + 1,
        materials: state.current.materials.map((m) =>
          m.code === material ? { ...m, uploadIds, ...(uploadSlots ? { uploadSlots } : {}) } : m,
        ),
      };
      return { status: 200, body: state.current };
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  });
  return { calls, state };
}
