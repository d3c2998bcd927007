import { describe, expect, it } from 'vitest';
import { ParameterError, ValidationError } from '../../../src/core/index.js';
import { chartImages, renderChartPng } from '../../../src/cli/report-output/index.js';
import { renderReportHtml, type ChartSpec } from '../../../src/report/capacity-report/index.js';
import { sampleReport } from '../../report/capacity-report/sample-report.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk (bytes 16..23 of a PNG). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const [lineChart, barChart] = sampleReport().charts! as [ChartSpec, ChartSpec];

describe('renderChartPng', () => {
  it('draws a PNG of the requested size', async () => {
    const png = await renderChartPng(lineChart, { width: 640, height: 360 });
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 640, height: 360 });
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('is deterministic: the same spec gives the same bytes', async () => {
    const first = await renderChartPng(barChart, { width: 500, height: 300 });
    const second = await renderChartPng(barChart, { width: 500, height: 300 });
    expect(first.equals(second)).toBe(true);
  });

  it('draws what the spec says: markers, log axes and data change the image', async () => {
    const size = { width: 400, height: 300 };
    const base = await renderChartPng(lineChart, size);
    const withoutMarker = await renderChartPng({ ...lineChart, markers: [] }, size);
    const linear = await renderChartPng({ ...lineChart, logY: false }, size);
    const logX = await renderChartPng({ ...lineChart, logX: true }, size);
    const barMarker = await renderChartPng({ ...barChart, markers: [{ x: 1.5, label: 'between' }] }, size);
    expect(base.equals(withoutMarker)).toBe(false);
    expect(base.equals(linear)).toBe(false);
    expect(base.equals(logX)).toBe(false);
    expect(barMarker.equals(await renderChartPng(barChart, size))).toBe(false);
  });

  it('draws an empty chart without failing', async () => {
    const png = await renderChartPng({ ...lineChart, series: [], markers: [] }, { width: 200, height: 100 });
    expect(pngSize(png)).toEqual({ width: 200, height: 100 });
  });

  it('rejects an invalid spec with the path of the bad value', async () => {
    const bad = {
      ...lineChart,
      series: [
        {
          label: 'x',
          points: [
            { x: 1, y: 0 },
            { x: 2, y: Number.NaN },
          ],
        },
      ],
    };
    await expect(renderChartPng(bad, { width: 200, height: 100 })).rejects.toThrow(ValidationError);
    await expect(renderChartPng(bad, { width: 200, height: 100 })).rejects.toThrow(
      /series\[0\]\.points\[1\]\.y: must be a finite number \(got NaN\)/,
    );
  });

  it('rejects bad sizes naming the field', async () => {
    await expect(renderChartPng(lineChart, { width: 0, height: 100 })).rejects.toThrow(ParameterError);
    await expect(renderChartPng(lineChart, { width: 100.5, height: 100 })).rejects.toThrow(/^width: /);
    await expect(renderChartPng(lineChart, { width: 100, height: 10_000 })).rejects.toThrow(/^height: /);
  });
});

describe('chartImages', () => {
  it('returns a PNG data URI per chart that the HTML renderer embeds', async () => {
    const report = sampleReport();
    const images = await chartImages(report, { width: 300, height: 200 });
    expect(Object.keys(images)).toEqual(['rate-vs-distance', 'rate-per-demand']);
    for (const uri of Object.values(images)) {
      expect(uri).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
      expect(pngSize(Buffer.from(uri.split(',')[1]!, 'base64'))).toEqual({ width: 300, height: 200 });
    }
    const html = renderReportHtml(report, { chartImages: images });
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).not.toContain('no image was supplied');
  });

  it('returns nothing for a report without charts', async () => {
    const report = sampleReport();
    delete report.charts;
    expect(await chartImages(report)).toEqual({});
  });
});
