/**
 * The HTTP host adapter in a real browser (Debian's Chromium through playwright-core) against `qnet serve`:
 * a throwaway page bundled by vite calls detectHost() and the API, under the server's real CSP and Origin
 * checks. Proves the token meta tag, same-origin POSTs (which carry an Origin header), the download export and
 * the tab title work in a browser, with no CSP violation. Skipped only when no Chromium is installed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUi, startServer } from '../../src/cli/serve/index.js';
import { CHROMIUM_AVAILABLE, chromiumSuiteTitle, launchChromium } from '../support/chromium.js';
import { ROOT } from '../support/run-cli.js';

const PAGE_SCRIPT = `
import { detectHost } from ${JSON.stringify(path.join(ROOT, 'src/ui/host/index.ts'))};
const result = {};
try {
  const host = detectHost();
  result.kind = host.kind;
  const examples = await host.listExamples();
  result.examples = examples.length;
  result.opened = (await host.openScenario(examples.find((e) => e.id === 'metro-three-node').path)).name;
  await host.setDocumentState({ title: 'metro', dirty: true });
  result.title = document.title;
  result.exported = (await host.exportFile({ suggestedName: 'r.csv', mimeType: 'text/csv', data: 'a,b\\n' })).name;
  result.pdfBytes = (await host.renderPdf('<p>x</p>')).length;
} catch (error) {
  result.error = String(error);
}
document.body.dataset.result = JSON.stringify(result);
`;

describe.skipIf(!CHROMIUM_AVAILABLE)(chromiumSuiteTitle('HTTP host'), () => {
  it('detects the HTTP host and calls the API under the real CSP, with downloads for exports', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'qnet-browser-host-'));
    writeFileSync(
      path.join(project, 'index.html'),
      '<!doctype html><html><head><title>t</title><script type="module" src="./main.ts"></script></head><body></body></html>',
    );
    writeFileSync(path.join(project, 'main.ts'), PAGE_SCRIPT);
    writeFileSync(
      path.join(project, 'vite.config.mjs'),
      `export default { root: ${JSON.stringify(project)}, base: './', logLevel: 'warn', build: { outDir: 'out', emptyOutDir: true, target: 'es2022' } };\n`,
    );
    await buildUi({ configFile: path.join(project, 'vite.config.mjs'), uiDir: path.join(project, 'out') });
    const server = await startServer({
      port: 0,
      uiDir: path.join(project, 'out'),
      configDir: mkdtempSync(path.join(os.tmpdir(), 'qnet-cfg-')),
      renderPdf: async () => new Uint8Array([37, 80, 68, 70, 45]),
    });
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      const download = page.waitForEvent('download');
      await page.goto(server.url);
      await page.waitForFunction(() => document.body.dataset.result !== undefined, undefined, {
        timeout: 30_000,
      });
      const result = JSON.parse((await page.evaluate(() => document.body.dataset.result)) as string);
      expect(result).toEqual({
        kind: 'http',
        examples: expect.any(Number),
        opened: 'metro-three-node.qnet.json',
        title: '• metro — qnet-planner',
        exported: 'r.csv',
        pdfBytes: 5,
      });
      expect((await download).suggestedFilename()).toBe('r.csv');
      expect(messages.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
