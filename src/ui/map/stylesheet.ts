/**
 * Installs the network view's stylesheet once per document as a constructed stylesheet (adoptedStyleSheets), so
 * it works under the app's strict Content-Security-Policy without 'unsafe-inline' styles.
 */
import { NETWORK_VIEW_CSS } from './styles.js';

const installed = new WeakSet<Document>();

/** Adds the view's CSS to `doc` (idempotent). */
export function installNetworkViewStyles(doc: Document): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(NETWORK_VIEW_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
