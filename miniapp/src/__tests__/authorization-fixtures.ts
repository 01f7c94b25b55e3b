import { type AuthorizationView } from '@onetrip/shared';

export const AUTH_ID = '65f0a1b2c3d4e5f60000dddd';

/** An authorization as GET /authorizations/:id answers the resident named in it. */
export function authorizationView(over: Partial<AuthorizationView> = {}): AuthorizationView {
  return {
    id: AUTH_ID,
    agent: { name: '李代办', station: { town: '大店镇', village: '东山村' } },
    applicant: { name: '王*英', idNumberMasked: '110***********002X', phoneMasked: '139****1234' },
    applicationId: '65f0a1b2c3d4e5f601234567',
    itemNames: ['老年优待证办理'],
    status: 'pending',
    qrToken: 'Tok3n_abcd',
    createdAt: '2026-11-25T01:00:00.000Z',
    ...over,
  };
}

export const verifiedMe = {
  id: 'u1',
  roles: ['resident'],
  profile: { name: '王秀英', idNumberMasked: '110***********002X', phoneMasked: '139****1234', verified: true },
};
