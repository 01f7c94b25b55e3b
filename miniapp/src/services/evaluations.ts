import { type EvaluationBody, type EvaluationView, type RateLinkView } from '@onetrip/shared';
import { request } from './request';

/**
 * POST /applications/:id/evaluation (好差评): once per case, only when it is `completed`. A second
 * rating is 409 INVALID_STATE. Silent: the rating page says what happened in its own words.
 */
export function rateApplication(id: string, body: EvaluationBody): Promise<EvaluationView> {
  return request<EvaluationView>(`/applications/${encodeURIComponent(id)}/evaluation`, {
    method: 'POST',
    body,
    silent: true,
  });
}

/**
 * GET /rate/:token (public, the rating link texted at completion): the case number and items, and
 * whether it was rated. An unknown, expired or used link is 404. No login needed: never refreshes.
 */
export function getRateLink(token: string): Promise<RateLinkView> {
  return request<RateLinkView>(`/rate/${encodeURIComponent(token)}`, { silent: true, noRefresh: true });
}

/** POST /rate/:token: rates the case of the link once (404 when the link is spent, 409 when rated in the app). */
export function rateByLink(token: string, body: EvaluationBody): Promise<EvaluationView> {
  return request<EvaluationView>(`/rate/${encodeURIComponent(token)}`, {
    method: 'POST',
    body,
    silent: true,
    noRefresh: true,
  });
}
