import { ApiError, NETWORK_MESSAGE } from '@/services/api-error';
import { authHeader, authorized, type RawResponse } from '@/services/request';

/** How long the object URL is kept for the tab that shows it. */
const KEEP_MS = 60_000;

async function fetchPdf(url: string): Promise<RawResponse> {
  let res: Response;
  try {
    res = await fetch(url, { headers: authHeader() });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
  }
  // An error is the contract's JSON body; a PDF is kept as it came.
  const data: unknown = res.ok ? await res.blob() : await res.json().catch(() => null);
  return { statusCode: res.status, data };
}

/** Saves the file: a browser that blocks the tab (it opens after an await, not in the click) still downloads. */
function save(objectUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export async function openProtectedPdf(url: string, fileName: string): Promise<void> {
  const blob = await authorized<Blob>(() => fetchPdf(url), { silent: true });
  const objectUrl = URL.createObjectURL(blob);
  if (!window.open(objectUrl, '_blank')) save(objectUrl, fileName);
  setTimeout(() => URL.revokeObjectURL(objectUrl), KEEP_MS);
}
