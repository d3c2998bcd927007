/**
 * The Content-Security-Policy of the app, one string for both hosts: the HTTP server (`qnet serve`) sends it
 * on every response and the Electron main process sets it on every page it loads.
 * Source: design.md ("Electron on these machines": a strict CSP); Electron security checklist (items 7, 8).
 * Assumptions: the built UI loads only its own files; HiGHS compiles WebAssembly ('wasm-unsafe-eval' and no
 * 'unsafe-eval'); the planner worker may be a blob: URL; chart images and the world map may be data: URLs.
 * Inline `<script>` and `style="…"` attributes are refused; styles set through element.style (CSSOM) are not.
 */

/** The directives, in the order they are sent. */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self' blob:",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** The policy as a header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
