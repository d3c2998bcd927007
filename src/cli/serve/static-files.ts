/**
 * Static files of the built UI (dist/ui): MIME types (including application/wasm, which
 * WebAssembly.instantiateStreaming requires), no directory traversal (the resolved real path must stay inside
 * the UI folder, symlinks included), and the per-run token injected into index.html as
 * `<meta name="qnet-token">`.
 * Assumptions: GET and HEAD only; the UI is a single page, so `/` is index.html and nothing else is rewritten.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { securityHeaders, sendText } from './security.js';

/** MIME type by extension; anything else is application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The MIME type of a file name. */
export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Inserts the token meta tag right after `<head …>` (or at the top when the page has no head). */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="qnet-token" content="${token}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${meta}\n${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

/**
 * The file under `root` a URL path names, or null when it escapes `root` (`..`, encoded slashes, NUL,
 * a symlink pointing outside) or does not exist as a file.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const realRoot = await realpath(root);
  const candidate = path.resolve(realRoot, relative);
  try {
    const real = await realpath(candidate);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Answers a GET/HEAD for a static file. */
export async function serveStatic(
  response: ServerResponse,
  root: string,
  urlPath: string,
  token: string,
  headOnly: boolean,
): Promise<void> {
  const file = await resolveStaticFile(root, urlPath);
  if (!file) return sendText(response, 404, 'not found');
  const isIndex = path.basename(file) === 'index.html';
  let body: Buffer = await readFile(file);
  if (isIndex) body = Buffer.from(injectToken(body.toString('utf8'), token), 'utf8');
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': mimeTypeOf(file),
    'Content-Length': String(body.byteLength),
    // index.html carries this run's token, so it must never be cached; hashed assets may be.
    'Cache-Control': isIndex ? 'no-store' : 'no-cache',
  });
  response.end(headOnly ? undefined : body);
}
