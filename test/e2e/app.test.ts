/**
 * End-to-end: the browser app served by `qnet serve` (startServer, a fresh config folder) in Debian's
 * Chromium (playwright-core, never `playwright install`): first-run example picker, open an example, save it
 * byte-identically, add a node and a link, change a parameter and see the result change, undo, save and
 * reopen byte-identically, export the report as HTML and PDF, refuse a malformed file while keeping the
 * work, and the speed targets of issue #6 (interactive after start, edit -> results on 200 nodes, longest
 * frame while dragging at 1,000 nodes). Figures are printed and written to reports/e2e-timings.json;
 * screenshots go to reports/screenshots/. Skipped, with the reason in the name, when no Chromium exists.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/serve/index.js';
import { CHROMIUM_AVAILABLE, chromiumSuiteTitle, launchPersistentChromium } from '../support/chromium.js';
import { gridScenario, ROOT, SCREENSHOT_DIR, writeTimings } from '../ui/app-e2e-fixtures.js';

const METRO = 'metro-three-node.qnet.json';
const metroText = readFileSync(path.join(ROOT, 'network-models', METRO), 'utf8');

describe.skipIf(!CHROMIUM_AVAILABLE)(chromiumSuiteTitle('app'), () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  const timings: Record<string, unknown> = {};
  const consoleErrors: string[] = [];

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  }

  async function saveAs(file: string): Promise<void> {
    await page.keyboard.press('Control+Shift+S');
    await page.getByTestId('prompt-input').fill(file);
    await page.getByTestId('dialog-ok').click();
    await expect
      .poll(() => page.getByTestId('status-message').textContent())
      .toContain(`Saved ${path.basename(file)}`);
  }

  async function openPath(file: string): Promise<void> {
    await page.getByTestId('tb-open').click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByTestId('dialog-ok').click();
  }

  /** Milliseconds from the last `qnet:edit` mark to the `qnet:results` mark that follows it. */
  async function editToResults(edit: () => Promise<void>): Promise<number> {
    await page.evaluate(() => {
      performance.clearMarks('qnet:edit');
      performance.clearMarks('qnet:results');
    });
    await edit();
    await page.waitForFunction(() => performance.getEntriesByName('qnet:results').length > 0, null, {
      timeout: 20_000,
    });
    return page.evaluate(() => {
      const results = performance.getEntriesByName('qnet:results')[0]!.startTime;
      const edits = performance.getEntriesByName('qnet:edit').filter((mark) => mark.startTime <= results);
      return results - edits[edits.length - 1]!.startTime;
    });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'qnet-app-e2e-'));
    server = await startServer({ build: true, configDir: path.join(work, 'config') });
    context = await launchPersistentChromium(path.join(work, 'profile'), {
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    const figures = Object.entries(timings)
      .map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`)
      .join('\n');
    console.log(`app e2e timings (ms):\n${figures}`);
    writeTimings(timings);
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('starts interactive with the first-run example picker and opens an example', async () => {
    const started = Date.now();
    await page.goto(`${server.url}?renderer=svg`);
    await page.waitForFunction(() => performance.getEntriesByName('qnet:interactive').length > 0);
    timings['interactiveAfterStartMs'] = await page.evaluate(() =>
      Math.round(performance.getEntriesByName('qnet:interactive')[0]!.startTime),
    );
    timings['pageLoadToPickerMs'] = Date.now() - started;
    await expect.poll(() => page.getByTestId('open-dialog').isVisible()).toBe(true);
    await shot('01-first-run-picker');
    await page.getByTestId('example-metro-three-node').click();
    await expect
      .poll(() => page.getByTestId('result-delft-leiden').isVisible(), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(() => page.getByTestId('rate-delft-leiden').textContent()).toMatch(/pairs\/s/);
    expect(await page.getByTestId('doc-title').textContent()).toBe(METRO);
    // Target 2 s (issue #6); the bound here leaves room for a loaded CI machine, the figure is reported.
    expect(Number(timings['interactiveAfterStartMs'])).toBeLessThan(5000);
    await shot('02-metro-example');
    const charts = page.getByTestId('charts');
    await expect
      .poll(() => charts.locator('canvas[data-chart-id]').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // A tall window gives the bottom panel room to show the charts whole.
    await page.setViewportSize({ width: 1400, height: 3200 });
    await charts.scrollIntoViewIfNeeded();
    await charts.screenshot({ path: path.join(SCREENSHOT_DIR, '02b-metro-charts.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId('tb-theme').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByTestId('results-panel').scrollIntoViewIfNeeded();
    await shot('02c-metro-dark-theme');
    await page.getByTestId('tb-theme').click();
  }, 60_000);

  it('saves an unedited example byte-identically', async () => {
    const file = path.join(work, 'metro-copy.qnet.json');
    await saveAs(file);
    expect(readFileSync(file, 'utf8')).toBe(metroText);
  }, 30_000);

  it('adds a node and a link on the map', async () => {
    const map = page.getByTestId('network-view');
    const box = (await map.boundingBox())!;
    const edgesBefore = await page.locator('[data-testid^="edge-"]').count();
    await page.keyboard.press('n');
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.25);
    await expect.poll(() => page.getByTestId('node-node-1').count()).toBe(1);
    expect(await page.getByTestId('doc-title').textContent()).toBe('● metro-copy.qnet.json');
    await page.keyboard.press('l');
    const from = (await page.getByTestId('node-node-1').locator('circle').first().boundingBox())!;
    const to = (await page.getByTestId('node-delft').locator('circle').first().boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('[data-testid^="edge-"]').count()).toBe(edgesBefore + 1);
    await expect.poll(() => page.getByTestId('inspector').textContent()).toContain('node-1');
    await page.keyboard.press('Escape');
    // No ring is left on the link's source: not the link-source mark, and not a focus ring (the press must not
    // focus the node, or the next key press shows its focus-visible ring).
    expect(await page.locator('[data-link-source]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-hit]') ?? null)).toBeNull();
    const ring = await page
      .getByTestId('node-node-1')
      .locator('circle')
      .first()
      .evaluate((circle) => getComputedStyle(circle).strokeWidth);
    expect(ring).toBe('2px');
    await shot('03-node-and-link-added');
  }, 30_000);

  it('changes a parameter, sees the result change, and undoes it', async () => {
    const rate = page.getByTestId('rate-delft-leiden');
    const before = await rate.textContent();
    await page.getByTestId('demand-delft-leiden').click();
    const field = page.getByTestId('inspector').locator('[data-field="targetFidelity"]');
    await expect.poll(() => field.inputValue()).toBe('0.8');
    // Above the 0.911 the route delivers unpurified, so purification (and a lower rate) is needed.
    await field.fill('0.93');
    await field.press('Enter');
    await expect.poll(() => rate.textContent(), { timeout: 20_000 }).not.toBe(before);
    await shot('04-parameter-changed');
    // Leave the text field: Ctrl+Z inside one undoes the typing, not the edit.
    await page.getByTestId('results-panel').locator('h2').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rate.textContent(), { timeout: 20_000 }).toBe(before);
    await expect.poll(() => field.inputValue()).toBe('0.8');
  }, 40_000);

  it('saves and reopens the edited scenario byte-identically', async () => {
    const file = path.join(work, 'edited.qnet.json');
    await saveAs(file);
    const written = readFileSync(file, 'utf8');
    expect(JSON.parse(written).nodes.map((node: { key: string }) => node.key)).toContain('node-1');
    expect(await page.getByTestId('doc-title').textContent()).toBe('edited.qnet.json');
    await openPath(file);
    await expect
      .poll(() => page.getByTestId('status-message').textContent())
      .toContain('Opened edited.qnet.json');
    const again = path.join(work, 'edited-again.qnet.json');
    await saveAs(again);
    expect(readFileSync(again, 'utf8')).toBe(written);
  }, 40_000);

  it('exports the report as HTML and as PDF downloads', async () => {
    await page.getByTestId('tb-export').click();
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('tb-export-html').click(),
    ]);
    const htmlFile = path.join(work, html.suggestedFilename());
    await html.saveAs(htmlFile);
    expect(html.suggestedFilename()).toBe('edited-again-report.html');
    expect(readFileSync(htmlFile, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(htmlFile, 'utf8')).toContain('delft-leiden');
    await page.getByTestId('tb-export').click();
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('tb-export-pdf').click(),
    ]);
    const pdfFile = path.join(work, pdf.suggestedFilename());
    await pdf.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await shot('05-after-export');
  }, 90_000);

  it('refuses a malformed file with the problems and their paths, keeping the current work', async () => {
    const bad = JSON.parse(metroText);
    bad.edges[1].lengthKm = -5;
    bad.schemaVersion = 1;
    const file = path.join(work, 'broken.qnet.json');
    writeFileSync(file, JSON.stringify(bad, null, 2));
    await page.getByTestId('demand-delft-leiden').click();
    await page.getByTestId('inspector').locator('[data-field="targetFidelity"]').fill('0.85');
    await page.getByTestId('inspector').locator('[data-field="targetFidelity"]').press('Enter');
    await page.getByTestId('tb-open').click();
    await page.getByTestId('confirm-dialog').getByTestId('dialog-ok').click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByTestId('dialog-ok').click();
    const errors = page.getByTestId('open-errors');
    await expect.poll(() => errors.isVisible()).toBe(true);
    expect(await errors.textContent()).toContain('edges[1].lengthKm');
    await shot('06-malformed-file-refused');
    await errors.getByTestId('dialog-ok').click();
    expect(await page.getByTestId('doc-title').textContent()).toBe('● edited-again.qnet.json');
    expect(await page.getByTestId('node-node-1').count()).toBe(1);
    const newer = JSON.parse(metroText);
    newer.schemaVersion = 2;
    writeFileSync(file, JSON.stringify(newer));
    await page.getByTestId('tb-open').click();
    await page.getByTestId('confirm-dialog').getByTestId('dialog-ok').click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByTestId('dialog-ok').click();
    await expect.poll(() => errors.isVisible()).toBe(true);
    expect(await errors.textContent()).toContain('schemaVersion');
    await errors.getByTestId('dialog-ok').click();
    expect(await page.getByTestId('doc-title').textContent()).toBe('● edited-again.qnet.json');
  }, 40_000);

  it('imports a GraphML topology and lists what it assumed', async () => {
    const file = path.join(work, 'dutch.graphml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="lat" attr.type="double"/>
  <key id="d1" for="node" attr.name="lon" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="ams"><data key="d0">52.37</data><data key="d1">4.9</data></node>
    <node id="utr"><data key="d0">52.09</data><data key="d1">5.12</data></node>
    <edge source="ams" target="utr"/>
  </graph>
</graphml>
`,
    );
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByTestId('confirm-dialog').getByTestId('dialog-ok').click();
    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain('default platform "nv-diamond"');
    await shot('07a-graphml-import-notes');
    await notes.getByTestId('dialog-ok').click();
    await expect.poll(() => page.getByTestId('edge-ams-utr').count()).toBe(1);
    expect(await page.getByTestId('doc-title').textContent()).toBe('● dutch.qnet.json');
  }, 30_000);

  it('starts a new scenario on the world map: nodes get coordinates, links great-circle lengths', async () => {
    await page.getByTestId('tb-new').click();
    const confirm = page.getByTestId('confirm-dialog');
    if (await confirm.isVisible()) await confirm.getByTestId('dialog-ok').click();
    await expect.poll(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    const map = page.getByTestId('network-view');
    // The whole globe with its coastlines is drawn, not a plain canvas.
    await expect
      .poll(async () => ((await map.locator('.qnet-land').getAttribute('d')) ?? '').length)
      .toBeGreaterThan(10_000);
    await shot('10-new-scenario-world-map');
    const box = (await map.boundingBox())!;
    await page.keyboard.press('n');
    // Two clicks on the map (away from the note in the middle), about 1,000 km apart on the world map.
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await expect.poll(() => page.getByTestId('node-node-1').count()).toBe(1);
    const latitude = page.getByTestId('inspector').locator('[data-field="latitude"]');
    await expect.poll(async () => Number(await latitude.inputValue())).not.toBe(0);
    expect(Number.isFinite(Number(await latitude.inputValue()))).toBe(true);
    expect((await latitude.inputValue()).length).toBeGreaterThan(0);
    await page.mouse.click(box.x + box.width * 0.35, box.y + box.height * 0.3);
    await expect.poll(() => page.getByTestId('node-node-2').count()).toBe(1);
    await page.keyboard.press('l');
    const from = (await page.getByTestId('node-node-1').locator('circle').first().boundingBox())!;
    const to = (await page.getByTestId('node-node-2').locator('circle').first().boundingBox())!;
    await page.mouse.click(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.click(to.x + to.width / 2, to.y + to.height / 2);
    // The length comes from the coordinates (no prompt for a length): a positive number of km on the edge.
    await expect.poll(() => page.locator('[data-testid^="edge-"]').count()).toBe(1);
    expect(await page.getByTestId('prompt-input').count()).toBe(0);
    const label = (await page.locator('[data-testid^="edge-"] text').first().textContent()) ?? '';
    expect(Number(/([\d.,]+) km/.exec(label)?.[1]?.replace(/,/g, ''))).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
    await shot('11-new-scenario-two-nodes');
  }, 30_000);

  it('updates results within the target after an edit on a 200-node scenario', async () => {
    const file = path.join(work, 'grid-200.qnet.json');
    writeFileSync(file, gridScenario(10, 20, 4));
    await page.getByTestId('tb-new').click();
    await page.getByTestId('confirm-dialog').getByTestId('dialog-ok').click();
    await openPath(file);
    await expect.poll(() => page.getByTestId('result-d0').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('demand-d0').click();
    const field = page.getByTestId('inspector').locator('[data-field="targetFidelity"]');
    const samples: number[] = [];
    for (const value of ['0.61', '0.62', '0.63', '0.64', '0.65', '0.66']) {
      samples.push(
        await editToResults(async () => {
          await field.fill(value);
          await field.press('Enter');
        }),
      );
    }
    samples.sort((a, b) => a - b);
    const planned = (await page.getByTestId('status-plan').textContent()) ?? '';
    timings['editToResults200NodesMs'] = {
      plannerInWorker: planned,
      median: Math.round(samples[Math.floor(samples.length / 2)]!),
      max: Math.round(samples[samples.length - 1]!),
      samples: samples.map(Math.round),
      target: 150,
    };
    await shot('07-grid-200-nodes');
    expect(samples[Math.floor(samples.length / 2)]).toBeLessThan(1000);
  }, 90_000);

  it('keeps frames short while dragging a node at 1,000 nodes', async () => {
    const file = path.join(work, 'grid-1000.qnet.json');
    writeFileSync(file, gridScenario(25, 40, 2));
    await page.getByTestId('tb-new').click();
    const confirm = page.getByTestId('confirm-dialog');
    if (await confirm.isVisible()) await confirm.getByTestId('dialog-ok').click();
    await openPath(file);
    await expect.poll(() => page.getByTestId('node-n500').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('tb-mode-select').click();
    const node = (await page.getByTestId('node-n500').locator('circle').first().boundingBox())!;
    await page.evaluate(() => {
      const deltas: number[] = [];
      (window as unknown as { qnetFrames: number[] }).qnetFrames = deltas;
      let last = performance.now();
      const tick = (now: number) => {
        deltas.push(now - last);
        last = now;
        if (deltas.length < 100_000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const x = node.x + node.width / 2;
    const y = node.y + node.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 40; step++) {
      await page.mouse.move(x + step * 4, y + step * 2);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    }
    await page.mouse.up();
    const frames = await page.evaluate(() =>
      (window as unknown as { qnetFrames: number[] }).qnetFrames.slice(1),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    timings['dragFrames1000Nodes'] = {
      frames: frames.length,
      longestMs: Math.round(sorted[sorted.length - 1]!),
      p95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)]!),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      target: 50,
    };
    await expect.poll(() => page.getByTestId('tb-undo').isEnabled()).toBe(true);
    await shot('08-grid-1000-nodes-after-drag');
    expect(frames.length).toBeGreaterThan(20);
  }, 120_000);

  it('offers autosaved work back after the page is closed without saving', async () => {
    const snapshotTitle = await page.getByTestId('doc-title').textContent();
    expect(snapshotTitle).toBe('● grid-1000.qnet.json');
    // Autosave runs every 3 s while dirty.
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), { timeout: 10_000 })
      .toContain('Autosaved');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    const offer = page.getByTestId('confirm-dialog');
    await expect.poll(() => offer.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await offer.textContent()).toContain('grid-1000.qnet.json');
    await shot('09-recovery-offer');
    await offer.getByTestId('dialog-ok').click();
    await expect.poll(() => page.getByTestId('node-n999').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('doc-title').textContent()).toBe('● grid-1000.qnet.json');
  }, 60_000);

  it('logged no page errors and no CSP violations', () => {
    expect(consoleErrors.filter((text) => !/favicon/i.test(text))).toEqual([]);
  });
});
