// Serves the H5 production build (miniapp/dist/h5) like a static host would:
// files by path, and index.html for every other path (so /q/<token> deep
// links from printed QR codes open the app).
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function fileAt(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const full = path.join(root, path.normalize(decoded));
  if (!full.startsWith(root)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** @returns {Promise<{url: string, close: () => Promise<void>}>} */
export function startH5Server({ root, port, host = '127.0.0.1' }) {
  const index = path.join(root, 'index.html');
  const server = http.createServer((req, res) => {
    let file;
    try {
      file = fileAt(root, req.url ?? '/');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const target = file ?? index;
    const hashed = file && /\.[0-9a-f]{8}\./.test(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({ url: `http://${host}:${port}`, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}
