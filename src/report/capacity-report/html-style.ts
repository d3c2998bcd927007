/**
 * The inline stylesheet of the HTML report: readable on screen, and print-friendly on A4 (15 mm margins,
 * tables, figures and the topology kept whole across page breaks, headings kept with what follows, colours
 * printed). Inline because the report is one self-contained file whose CSP allows only inline styles.
 */

/** CSS text placed in the report's single `<style>` element. */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
  color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13.5pt; margin: 18pt 0 6pt; border-bottom: 1px solid #c8c8c8; padding-bottom: 2pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.muted { color: #5a5a5a; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9pt;
  break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border: 1px solid #d0d0d0; padding: 2.5pt 4pt; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
thead th { background: #eef1f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 8pt 0; break-inside: avoid; page-break-inside: avoid; }
figure img, figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #4a4a4a; margin-top: 3pt; }
ul, ol { padding-left: 16pt; margin: 4pt 0; }
footer { margin-top: 18pt; font-size: 8.5pt; color: #5a5a5a; }
@media print {
  body { padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
