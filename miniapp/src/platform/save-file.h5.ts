import { ApiError, NETWORK_MESSAGE } from '@/services/api-error';
import { authHeader, authorized, type RawResponse } from '@/services/request';

async function fetchFile(url: string): Promise<RawResponse> {
  let res: Response;
  try {
    res = await fetch(url, { headers: authHeader() });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
  }
  // An error is the contract's JSON body; the file is kept as it came.
  const data: unknown = res.ok ? await res.blob() : await res.json().catch(() => null);
  return { statusCode: res.status, data };
}

export async function saveProtectedFile(url: string, fileName: string): Promise<void> {
  const blob = await authorized<Blob>(() => fetchFile(url), { silent: true });
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; it is no longer needed.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
