import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface MockProxy {
  /** base URL to give the BFF instead of the simulators' */
  base: string;
  close(): Promise<void>;
}

export interface MockProxyOptions {
  /** sent as `x-mock-scenario` with every forwarded request */
  scenario?: string;
  /** answers a path itself (status 200, this JSON) instead of forwarding; return undefined to forward */
  respond?: (path: string) => unknown;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

/**
 * A test-only proxy in front of the simulators. Arming a scenario with
 * `PUT /__mock/scenario` is shared by every test file running at the same
 * time (they share one simulator server), so a test that needs a failure for
 * its own requests points its app at this proxy, which adds the per-request
 * `x-mock-scenario` header — or answers a path itself.
 */
export async function startMockProxy(target: string, opts: MockProxyOptions): Promise<MockProxy> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', target);
      const canned = opts.respond?.(url.pathname);
      if (canned !== undefined) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(canned));
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      if (opts.scenario) headers['x-mock-scenario'] = opts.scenario;
      const upstream = await fetch(url, { method: req.method, headers, body: await bodyOf(req) });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
