import { type EvaluationBody, type EvaluationView } from '@onetrip/shared';
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
