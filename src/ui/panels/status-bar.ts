/**
 * The status bar: which map renderer is active (WebGL or the SVG fallback), the host (desktop, browser,
 * memory), when the last plan finished and how long it took, and autosave state.
 */
import { h } from '../app/dom.js';

/** The status bar. */
export interface StatusBar {
  readonly element: HTMLElement;
  setRenderer(renderer: string): void;
  setHost(kind: string): void;
  setPlan(text: string): void;
  setMessage(text: string): void;
}

/** Creates the status bar. */
export function createStatusBar(): StatusBar {
  const renderer = h('span', { testId: 'status-renderer' });
  const host = h('span', { testId: 'status-host' });
  const plan = h('span', { testId: 'status-plan' }, 'not planned yet');
  const message = h('span', { testId: 'status-message', attrs: { 'aria-live': 'polite' } });
  const element = h(
    'footer',
    { className: 'status-bar', role: 'status', ariaLabel: 'Status' },
    renderer,
    host,
    plan,
    message,
  );
  return {
    element,
    setRenderer: (text) => (renderer.textContent = `Map: ${text === 'webgl' ? 'WebGL' : 'SVG'}`),
    setHost: (text) => (host.textContent = `Host: ${text}`),
    setPlan: (text) => (plan.textContent = text),
    setMessage: (text) => (message.textContent = text),
  };
}
