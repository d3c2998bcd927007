import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderReportMarkdown } from '../../../src/report/capacity-report/index.js';
import { sampleReport } from './sample-report.js';

/** Number of cell separators in a table line (pipes not escaped with a backslash). */
function unescapedPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

describe('renderReportMarkdown', () => {
  const text = renderReportMarkdown(sampleReport());

  it('has the title, the sections and a trailing newline', () => {
    expect(text.startsWith('# Capacity report: Randstad metro ring\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    for (const heading of [
      '## Scenario',
      '## Demands',
      '### Routes',
      '### Explanations',
      '## Bottlenecks',
      '## Bounds and effective bandwidth',
      '### Alternatives for qkd-delft-amsterdam',
      '## Allocation',
      '## Network',
      '## Settings',
      '## Charts',
      '## Assumptions',
      '## Methods',
      '## References',
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
  });

  it('has the per-demand table with one row per demand and consistent columns', () => {
    const lines = text.split('\n');
    const headerAt = lines.findIndex((line) => line.startsWith('| Demand | Status | Target F |'));
    expect(headerAt).toBeGreaterThan(0);
    expect(lines[headerAt + 1]).toMatch(/^\| --- \| --- \| ---: \|/);
    const rows = lines.slice(headerAt + 2, headerAt + 5);
    expect(rows[0]).toBe(
      '| qkd-delft-amsterdam | OK | 0.8 | 2 pairs/s | 3.1 pairs/s | 0.813 | 320 ms | 290 ms | 0 |',
    );
    expect(rows[1]).toMatch(/^\| sensing-delft-utrecht \| unreachable \| 0.99 \|/);
    expect(rows[2]).toMatch(/^\| island-texel \| no route \|/);
    for (const line of lines.slice(headerAt, headerAt + 5)) {
      expect(unescapedPipes(line)).toBe(unescapedPipes(lines[headerAt]!));
    }
  });

  it('lists bottlenecks, bounds, allocation, the unmet demands and the references', () => {
    expect(text).toContain('- qkd-delft-amsterdam: edge leiden-amsterdam — longest hop');
    expect(text).toContain(
      '| qkd-delft-amsterdam | 3.1 pairs/s | 210 Mpairs/s | 19.5 pairs/s | 3.1 qubit/s | quantum |',
    );
    expect(text).toContain('- Objective: max-min-fair');
    expect(text).toContain('| node | leiden | 100.0 % | yes |');
    expect(text).toContain('- island-texel (no route): texel has no links');
    expect(text).toContain('1. S. Pirandola, R. Laurenza');
    expect(text).toContain('| 64000 | 4.9 | 3.1 |');
  });

  it('escapes user text so it cannot break a table, link, or inject HTML', () => {
    const report = sampleReport();
    report.scenario.name = '<script>alert(1)</script> | [x](javascript:y)';
    report.demands[0]!.bottleneck!.reason = 'a | b\nc';
    const rendered = renderReportMarkdown(report);
    expect(rendered).toContain(
      '# Capacity report: \\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:y)',
    );
    expect(rendered).not.toContain('<script>');
    expect(rendered).toContain('edge leiden-amsterdam — a \\| b c');
  });

  it('says when there is no allocation', () => {
    const report = sampleReport();
    delete report.allocation;
    expect(renderReportMarkdown(report)).toContain(
      '## Allocation\n\nNo allocation across demands was computed.',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup and block starts but leaves numbers readable', () => {
    expect(escapeMarkdown('*bold* _it_ `code` ~x~ &amp;')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~x\\~ \\&amp;',
    );
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('0.8')).toBe('0.8');
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
  });
});
