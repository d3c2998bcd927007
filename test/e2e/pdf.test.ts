/**
 * End-to-end: the HTML report in a real headless Chromium (Debian's /usr/bin/chromium, or QNET_CHROMIUM):
 * it loads with no network request and no CSP violation, and prints to a PDF. Skipped, with the reason in the
 * test name, only when no Chromium is installed (CI installs it with apt-get).
 */
import { describe, expect, it } from 'vitest';
import { chartImages, htmlToPdf, renderReport } from '../../src/cli/report-output/index.js';
import { renderReportHtml } from '../../src/report/capacity-report/index.js';
import { sampleReport } from '../report/capacity-report/sample-report.js';
import { CHROMIUM_AVAILABLE, chromiumSuiteTitle, launchChromium } from '../support/chromium.js';

describe.skipIf(!CHROMIUM_AVAILABLE)(chromiumSuiteTitle('capacity report'), () => {
  it('prints the HTML report to a non-trivial A4 PDF', async () => {
    const report = sampleReport();
    report.scenario.name = '<script>alert(1)</script>';
    const html = renderReportHtml(report, {
      chartImages: await chartImages(report, { width: 600, height: 320 }),
    });
    const pdf = await htmlToPdf(html);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    // A4 is 595.28 x 841.89 pt; Chromium writes the page box as [0 0 595.92 842.88] or close to it.
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(mediaBox).not.toBeNull();
    expect(Math.abs(Number(mediaBox![1]) - 595.28)).toBeLessThan(2);
    expect(Math.abs(Number(mediaBox![2]) - 841.89)).toBeLessThan(2);
  }, 60_000);

  it('writes PDF bytes through renderReport', async () => {
    const pdf = await renderReport(sampleReport(), 'pdf', { chartSize: { width: 300, height: 200 } });
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect((pdf as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('loads the HTML with no network request and no CSP violation, showing escaped text', async () => {
    const report = sampleReport();
    report.scenario.name = '<img src=x onerror="document.title=1">';
    const html = renderReportHtml(report, {
      chartImages: await chartImages(report, { width: 300, height: 200 }),
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const messages: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => messages.push(message.text()));
      await page.setContent(html, { waitUntil: 'load' });
      expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
      expect(messages.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
      expect(await page.locator('h1').textContent()).toBe(
        'Capacity report: <img src=x onerror="document.title=1">',
      );
      expect(await page.locator('svg.qnet-topology polyline.route').count()).toBe(2);
      const loaded = await page
        .locator('figure.chart img')
        .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
      expect(loaded).toEqual([300, 300]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
