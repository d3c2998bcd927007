/**
 * Safe Markdown building blocks (CommonMark + GFM tables): user text (scenario names, node keys, notes) is
 * backslash-escaped so it can never become a link, an image, emphasis, raw HTML or a table-cell break, and
 * newlines inside a value collapse to spaces so a cell or list item stays on one line.
 * Source: CommonMark 0.31 section 2.4 ("any ASCII punctuation character may be backslash-escaped").
 */
import type { TextTable } from './report-text.js';

/** Punctuation that is markup anywhere inline: code, emphasis, links, images, HTML, entities, cells, GFM strike. */
const INLINE_MARKUP = /[\\`*_[\]<>&|~!]/g;
/**
 * Starts of a line that make block markup: headings, bullets and thematic breaks (#, -, +, =; escaped always,
 * which renders the same), and ordered-list markers (`1.` only when a space or the end follows, so `0.8` stays).
 */
const LINE_START_MARKUP = /^(\s*)([#+\-=]|\d{1,9}[.)](?=\s|$))/;

/** Escapes user text for inline use in Markdown (paragraphs, list items, table cells). */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  return oneLine
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, (_, space: string, mark: string) => {
      return `${space}${mark.replace(/^(\d*)(.)$/, '$1\\$2')}`;
    });
}

/** A GFM table; cells are escaped here, numeric columns right-aligned. */
export function markdownTable(table: TextTable): string {
  const row = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `|${table.headers.map((_, index) => (table.numeric.includes(index) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [row(table.headers), rule, ...table.rows.map(row)].join('\n');
}

/** A bullet list of escaped items (empty string when there are none). */
export function markdownList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
}

/** A numbered list of escaped items. */
export function markdownNumberedList(items: readonly string[]): string {
  return items.map((item, index) => `${index + 1}. ${escapeMarkdown(item)}`).join('\n');
}
