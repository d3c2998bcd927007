import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { REPORT_CSP, renderReportHtml, ROUTE_COLOURS } from '../../../src/report/capacity-report/index.js';
import { sampleReport } from './sample-report.js';

/** A tiny valid PNG (1x1) as a data URI; its content does not matter to the renderer. */
const PNG_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Every attribute value in the markup (tag attributes only, not text). */
function attributeValues(html: string): string[] {
  const values: string[] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const match of tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)) values.push(`${match[1]}=${match[2]}`);
  }
  return values;
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(sampleReport());

  it('is one HTML document with a strict CSP and no scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('references nothing outside the file', () => {
    const withLinks = sampleReport();
    withLinks.references.push('PLOB paper: https://doi.org/10.1038/ncomms15043');
    const rendered = renderReportHtml(withLinks, { chartImages: { 'rate-vs-distance': PNG_URI } });
    // "http" appears only in the CSP meta tag's attribute name and in escaped reference text.
    expect(html.replace('http-equiv=', '')).not.toMatch(/http/i);
    expect(rendered.replace('http-equiv=', '').match(/http/gi)).toHaveLength(1);
    expect(rendered).toContain('<li>PLOB paper: https://doi.org/10.1038/ncomms15043</li>');
    for (const value of attributeValues(rendered)) {
      expect(value).not.toMatch(/^(src|href|xlink:href|action|srcset)=(?!data:image\/png;base64,)/);
      expect(value).not.toMatch(/\/\//);
    }
    expect(rendered).not.toMatch(/url\(|@import|<link|<iframe|<object|<embed|href=/i);
  });

  it('escapes user text everywhere (XSS)', () => {
    const report = sampleReport();
    report.scenario.name = '<script>alert(1)</script>';
    report.scenario.description = '"><img src=x onerror=alert(2)>';
    report.network.nodes[0]!.label = '<b onmouseover="x">Delft</b>';
    report.assumptions.push('it\'s <i>fine</i> & "quoted"');
    const rendered = renderReportHtml(report);
    expect(rendered).not.toContain('<script>');
    expect(rendered).not.toContain('<img src=x');
    expect(rendered).not.toContain('<b onmouseover');
    expect(rendered).toContain('<h1>Capacity report: &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(rendered).toContain('<title>Capacity report: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(rendered).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(rendered).toContain('<li>it&#39;s &lt;i&gt;fine&lt;/i&gt; &amp; &quot;quoted&quot;</li>');
  });

  it('draws the SVG topology with each route in its own colour and the bottlenecks marked', () => {
    expect(html).toContain('<svg class="qnet-topology"');
    expect(html).toContain('data-layout="equirectangular"');
    const routes = [
      ...html.matchAll(/<polyline class="route" data-demand="([^"]+)"[^>]* stroke="(#[0-9a-f]{6})"/g),
    ];
    expect(routes.map((match) => match[1])).toEqual(['qkd-delft-amsterdam', 'sensing-delft-utrecht']);
    expect(routes.map((match) => match[2])).toEqual([ROUTE_COLOURS[0], ROUTE_COLOURS[1]]);
    expect(html).toContain(
      '<g class="bottleneck" data-demand="qkd-delft-amsterdam" data-edge="leiden-amsterdam">',
    );
    expect(html).toContain(
      '<g class="bottleneck" data-demand="sensing-delft-utrecht" data-edge="delft-utrecht">',
    );
  });

  it('has the demand table, explanations, allocation, assumptions, methods and references', () => {
    expect(html).toContain('<th scope="col">Demand</th><th scope="col">Status</th>');
    expect(html).toContain('<td>qkd-delft-amsterdam</td><td>OK</td><td class="num">0.8</td>');
    expect(html).toContain('<td>island-texel</td><td>no route</td>');
    expect(html).toContain('<li>sensing-delft-utrecht (unreachable): Target fidelity 0.99 is above');
    expect(html).toContain('<dt>Objective</dt><dd>max-min-fair</dd>');
    expect(html).toContain('<li>Fibre attenuation is 0.2 dB/km on every link.</li>');
    expect(html).toContain(
      '<li>Latency: mean of the chain waiting time, approximation (cut-off neglected).</li>',
    );
    expect(html).toMatch(/<ol>\n<li>S\. Pirandola/);
  });

  it('shows supplied chart images and falls back to a data table for missing ones', () => {
    const rendered = renderReportHtml(sampleReport(), { chartImages: { 'rate-vs-distance': PNG_URI } });
    expect(rendered).toContain(`<img src="${PNG_URI}" alt="Chart: End-to-end rate versus distance">`);
    expect(rendered).toContain('<caption>Delivered rate per demand (data; no image was supplied)</caption>');
    expect(rendered).not.toContain('<caption>End-to-end rate versus distance (data');
    expect(rendered).toContain('Marker &quot;qkd-delft-amsterdam&quot;: distance (m) = 64000');
  });

  it('rejects chart images that are not PNG data URIs or name no chart', () => {
    const bad = () =>
      renderReportHtml(sampleReport(), { chartImages: { 'rate-vs-distance': 'https://example.com/x.png' } });
    expect(bad).toThrow(ParameterError);
    expect(bad).toThrow('chartImages.rate-vs-distance: must be a data:image/png;base64 URI');
    expect(() => renderReportHtml(sampleReport(), { chartImages: { 'no-such-chart': PNG_URI } })).toThrow(
      'chartImages.no-such-chart: no chart with this id in the report',
    );
    const quoteBreak = `${PNG_URI}" onload="alert(1)`;
    expect(() =>
      renderReportHtml(sampleReport(), { chartImages: { 'rate-per-demand': quoteBreak } }),
    ).toThrow(ParameterError);
  });

  it('is print-friendly on A4', () => {
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
    expect(html).toMatch(/table \{[^}]*break-inside: avoid; page-break-inside: avoid;/);
    expect(html).toMatch(/figure \{[^}]*break-inside: avoid/);
  });

  it('uses a circular layout when a node lacks coordinates', () => {
    const report = sampleReport();
    delete report.network.nodes[5]!.latitude;
    const rendered = renderReportHtml(report);
    expect(rendered).toContain('data-layout="circular"');
    expect(rendered).toContain('Topology drawn on a circle');
  });
});
