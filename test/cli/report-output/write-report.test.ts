import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParameterError, QnetError, ValidationError } from '../../../src/core/index.js';
import {
  CHROMIUM_MISSING_MESSAGE,
  htmlToPdf,
  renderReport,
  reportFormatOfFile,
  resolveChromiumPath,
  writeReport,
  type ReportFormat,
} from '../../../src/cli/report-output/index.js';
import { parseCapacityReport } from '../../../src/report/capacity-report/index.js';
import { sampleReport } from '../../report/capacity-report/sample-report.js';

const folder = mkdtempSync(path.join(tmpdir(), 'qnet-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const small = { chartSize: { width: 200, height: 120 } };

describe('writeReport', () => {
  it('writes json, csv, md and html files that read back', async () => {
    const report = sampleReport();
    for (const format of ['json', 'csv', 'md', 'html'] as const) {
      await writeReport(report, format, path.join(folder, 'out', `report.${format}`), small);
    }
    const read = (name: string) => readFileSync(path.join(folder, 'out', name), 'utf8');
    const parsed = parseCapacityReport(read('report.json'));
    expect(parsed.ok).toBe(true);
    expect(read('report.csv').startsWith('demand,source,target,status,')).toBe(true);
    expect(read('report.md').startsWith('# Capacity report: Randstad metro ring')).toBe(true);
    expect(read('report.html')).toMatch(/<img src="data:image\/png;base64,/);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(path.join(folder, 'out')).sort()).toEqual([
      'report.csv',
      'report.html',
      'report.json',
      'report.md',
    ]);
  });

  it('writes nothing when the report is invalid', async () => {
    const report = sampleReport();
    report.demands[0]!.rateHz = Number.NaN;
    const file = path.join(folder, 'invalid.json');
    await expect(writeReport(report, 'json', file)).rejects.toThrow(ValidationError);
    expect(readdirSync(folder)).not.toContain('invalid.json');
  });

  it('rejects an unknown format naming the option', async () => {
    await expect(renderReport(sampleReport(), 'docx' as ReportFormat)).rejects.toThrow(ParameterError);
    await expect(renderReport(sampleReport(), 'docx' as ReportFormat)).rejects.toThrow(
      'format: must be one of json, csv, md, html, pdf (got "docx")',
    );
  });

  it('explains how to get Chromium when PDF export has none, and writes nothing', async () => {
    const file = path.join(folder, 'report.pdf');
    const missing = path.join(folder, 'no-chromium-here');
    const attempt = writeReport(sampleReport(), 'pdf', file, { ...small, chromiumPath: missing });
    await expect(attempt).rejects.toThrow(QnetError);
    await expect(
      writeReport(sampleReport(), 'pdf', file, { ...small, chromiumPath: missing }),
    ).rejects.toThrow(`${CHROMIUM_MISSING_MESSAGE} (not found: ${missing})`);
    expect(readdirSync(folder)).not.toContain('report.pdf');
  });
});

describe('report formats and Chromium location', () => {
  it('infers the format from the file extension', () => {
    expect(reportFormatOfFile('a/b/report.PDF')).toBe('pdf');
    expect(reportFormatOfFile('report.htm')).toBe('html');
    expect(reportFormatOfFile('report.markdown')).toBe('md');
    expect(reportFormatOfFile('report.csv')).toBe('csv');
    expect(reportFormatOfFile('report.txt')).toBeUndefined();
  });

  it('uses QNET_CHROMIUM when set, else /usr/bin/chromium', () => {
    expect(resolveChromiumPath({ QNET_CHROMIUM: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(resolveChromiumPath({ QNET_CHROMIUM: '  ' })).toBe('/usr/bin/chromium');
    expect(resolveChromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('states the install hint exactly', async () => {
    expect(CHROMIUM_MISSING_MESSAGE).toBe(
      'PDF export needs Chromium: install it with `apt-get install chromium` (Debian) or set QNET_CHROMIUM to its path',
    );
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
      /^PDF export needs Chromium: /,
    );
  });
});
