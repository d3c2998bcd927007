/**
 * Safe HTML building blocks: every piece of text is escaped (&, <, >, ", ') before it enters markup, so user
 * text such as a scenario named `<script>alert(1)</script>` shows literally and can never run or inject
 * attributes. Used by the HTML report and the SVG topology (XML needs the same five escapes).
 * Source: OWASP Cross Site Scripting Prevention Cheat Sheet, rule 1 (HTML entity encoding) and rule 2
 * (attribute encoding; all attributes here are double-quoted).
 */
import type { TextTable } from './report-text.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML/XML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** An HTML table of escaped cells; numeric columns get class "num" (right-aligned). */
export function htmlTable(table: TextTable, caption?: string): string {
  const cellClass = (index: number): string => (table.numeric.includes(index) ? ' class="num"' : '');
  const head = table.headers.map(
    (header, index) => `<th scope="col"${cellClass(index)}>${escapeHtml(header)}</th>`,
  );
  const body = table.rows.map(
    (row) =>
      `<tr>${row.map((cell, index) => `<td${cellClass(index)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return [
    '<table>',
    ...(caption === undefined ? [] : [`<caption>${escapeHtml(caption)}</caption>`]),
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

/** A list of escaped items (`ul` or `ol`); empty input gives a "None recorded." paragraph. */
export function htmlList(items: readonly string[], ordered = false): string {
  if (items.length === 0) return '<p class="muted">None recorded.</p>';
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</${tag}>`;
}
