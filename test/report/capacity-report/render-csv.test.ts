import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, renderReportCsv } from '../../../src/report/capacity-report/index.js';
import { sampleReport } from './sample-report.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on malformed input. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) throw new Error('unterminated quoted field');
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
          } else {
            at++;
            break;
          }
        } else field += text[at++];
      }
    } else {
      while (at < text.length && text[at] !== ',' && text[at] !== '\r' && text[at] !== '\n') {
        if (text[at] === '"') throw new Error(`bare quote at ${at}`);
        field += text[at++];
      }
    }
    record.push(field);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`expected , or CRLF at ${at}, got ${JSON.stringify(text[at])}`);
  }
  if (record.length > 0) throw new Error('last record not terminated by CRLF');
  return records;
}

describe('csvCell (RFC 4180 and formula injection)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('delft')).toBe('delft');
    expect(csvCell(3.1)).toBe('3.1');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes fields with comma, quote, CR or LF and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises text cells that a spreadsheet would run as formulas', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("\"'=cmd|' /C calc'!A0\"");
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1:A9)')).toBe('"\'@SUM(A1:A9)"');
    expect(csvCell('\tpadded')).toBe('"\'\tpadded"');
    expect(csvCell('\rcarriage')).toBe('"\'\rcarriage"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes negative numbers as numbers, not as neutralised text', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-2')).toBe('"\'-2"');
  });

  it('round-trips any text through a strict reader, never leaving a formula start unquoted', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(
            fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a'),
            fc.string({ unit: 'binary' }),
          )
          .map(([start, rest]) => start + rest),
        (text) => {
          const encoded = csvCell(text);
          const [[decoded]] = parseCsv(`${encoded}\r\n`) as [[string]];
          const formula = /^[=+\-@\t\r]/.test(text);
          expect(decoded).toBe(formula ? `'${text}` : text);
          expect(/^[=+\-@\t\r]/.test(encoded)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderReportCsv', () => {
  it('writes a header with units and one CRLF-terminated row per demand', () => {
    const text = renderReportCsv(sampleReport());
    expect(text.split('\r\n')).toHaveLength(5); // header, 3 demands, empty after the final CRLF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
    for (const unit of ['rate_hz', 'latency_s', 'jitter_s', 'route_length_m', 'plob_bound_pairs_per_s']) {
      expect(header).toContain(unit);
    }
    expect(rows).toHaveLength(3);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('status')])).toEqual(['ok', 'unreachable', 'no-route']);
    expect(rows[0]![column('rate_hz')]).toBe('3.1');
    expect(rows[0]![column('route_length_m')]).toBe('64000');
    expect(rows[0]![column('route_nodes')]).toBe('delft > the-hague > leiden > amsterdam');
    expect(rows[0]![column('plob_bound_pairs_per_s')]).toBe('210000000');
    expect(rows[1]![column('rate_hz')]).toBe('');
    expect(rows[2]![column('explanation')]).toBe('texel has no links: add a fibre or free-space edge.');
  });

  it('defends user text in rows against formula injection and keeps commas inside one field', () => {
    const report = sampleReport();
    const demand = report.demands[2]!;
    demand.explanation = '=HYPERLINK("http://evil.example","click"), then @SUM(A1)';
    const text = renderReportCsv(report);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click""), then @SUM(A1)"');
    const rows = parseCsv(text);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('refuses an invalid report', () => {
    const report = sampleReport();
    report.demands[0]!.jitterS = Number.POSITIVE_INFINITY;
    expect(() => renderReportCsv(report)).toThrow(/demands\[0\]\.jitterS: must be a finite number/);
  });
});
