/**
 * `qnet serve`'s HTTP server: the built UI and the host API on 127.0.0.1, for browsers (the fallback when
 * Electron cannot start) and for the end-to-end tests. Every request passes the Host/Origin checks; /api
 * calls also need the per-run token; every response carries the CSP and nosniff headers (security.ts).
 * Source: design.md ("Electron on these machines"); Node's http module.
 * Assumptions: one user, one machine; loopback only; the server lives until close() (or Ctrl-C in the CLI).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { QnetError, requireInRange, requireInteger } from '../../core/index.js';
import { createNodeHost, resolveConfigDir, type PdfRenderer } from '../host/index.js';
import { handleApi } from './api-routes.js';
import { createToken, refusalReason, sendText, TOKEN_HEADER, tokenMatches } from './security.js';
import { serveStatic } from './static-files.js';
import { DEFAULT_UI_DIR, ensureUiBuilt } from './ui-build.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks any free port. */
  readonly port?: number;
  /** Folder for recent files and autosave; default resolveConfigDir(). */
  readonly configDir?: string;
  /** The built UI; default dist/ui. */
  readonly uiDir?: string;
  /** Build the UI first when missing or stale; default true for dist/ui, false when uiDir is given. */
  readonly build?: boolean;
  /** PDF renderer for /api/renderPdf; default headless Chromium. */
  readonly renderPdf?: PdfRenderer;
  /** Progress lines such as "building the app…" (without newline); default silent. */
  readonly log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** This run's API token (also in index.html's `<meta name="qnet-token">`). */
  readonly token: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const requestedPort = requireInRange('port', requireInteger('port', options.port ?? 0), 0, 65535);
  const uiDir = path.resolve(options.uiDir ?? DEFAULT_UI_DIR);
  if (options.build ?? options.uiDir === undefined) {
    await ensureUiBuilt({ uiDir, ...(options.log ? { log: options.log } : {}) });
  }
  if (!existsSync(path.join(uiDir, 'index.html'))) {
    throw new QnetError(`cannot serve the app: ${path.join(uiDir, 'index.html')} is missing`);
  }
  const host = createNodeHost({
    configDir: path.resolve(options.configDir ?? resolveConfigDir()),
    ...(options.renderPdf ? { renderPdf: options.renderPdf } : {}),
  });
  const token = createToken();
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refusal = refusalReason(request, port);
    if (refusal) return sendText(response, 403, refusal);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
        return sendText(response, 401, 'missing or wrong X-Qnet-Token header');
      }
      return handleApi(request, response, host, url.pathname.slice('/api/'.length));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'only GET and HEAD are served outside /api');
    }
    // The raw request path, not url.pathname: URL parsing would resolve `..` before our traversal check.
    const rawPath = (request.url ?? '/').split(/[?#]/)[0]!;
    return serveStatic(response, uiDir, rawPath, token, request.method === 'HEAD');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, `internal error: ${(error as Error).message}`);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new QnetError(`port ${requestedPort} is already in use; choose another with --port`)
          : error,
      ),
    );
    server.listen(requestedPort, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
