import { type CentrePublic } from '@onetrip/shared';
import { request } from './request';

/** GET /centre (public): the centre's name, address and phone (null until set), 12345 and the hall's hours. */
export function getCentre(): Promise<CentrePublic> {
  return request<CentrePublic>('/centre', { silent: true });
}
