/**
 * The browser fallback's defences: it listens on 127.0.0.1 only, and because any web page the user visits can
 * still send requests to 127.0.0.1, every /api call needs a per-run random token (injected into index.html,
 * which another origin cannot read), the Host header must name this server (DNS rebinding), a foreign Origin
 * is refused, and no CORS header is ever sent.
 * Source: OWASP "DNS rebinding"; Fetch standard (custom headers force a CORS preflight this server never grants).
 * Assumptions: the token lives for one run of `qnet serve`; comparisons are constant-time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy.js';

/** Header carrying the token on /api calls. */
export const TOKEN_HEADER = 'x-qnet-token';

/** A fresh token: 32 random bytes, hex. */
export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/** True when `given` equals `token` (constant time). */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Host header values this server answers to. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why a request must be refused before routing (wrong Host, foreign Origin), or null when it may proceed. */
export function refusalReason(request: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (!host || !hosts.includes(host)) return `unexpected Host header ${JSON.stringify(host ?? '')}`;
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.map((allowed) => `http://${allowed}`).includes(origin.toLowerCase())) {
    return `cross-origin request from ${JSON.stringify(origin)} refused`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') return 'cross-site request refused';
  return null;
}

/** Headers sent on every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Sends a short plain-text answer with the security headers. */
export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(`${text}\n`);
}
