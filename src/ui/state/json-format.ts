/**
 * Formats a scenario document as JSON text the way the shipped example files are formatted (Prettier 3 with
 * the repository's .prettierrc: printWidth 110), so that opening and saving an unedited example reproduces
 * it byte for byte, and edited files stay diff-friendly.
 * Rules (Prettier's JSON printer, as they apply to scenario documents): 2-space indent; a non-empty object
 * always breaks one key per line; an array of scalars stays on one line when that line (indent, key, brackets
 * and the trailing comma) fits in 110 columns, otherwise one element per line; empty containers print `{}`
 * and `[]`; a trailing newline.
 * Assumption: Prettier keeps the spelling of number and string literals (`2e-4`, `\u00e9`); JSON.parse loses
 * it, so {@link literalSpellings} records the original spelling at each JSON path and the formatter reuses
 * it while the value at that path is unchanged.
 */

/** Original spellings of scalar literals whose JSON.stringify form differs, keyed by JSON path (`nodes/3/x`). */
export type LiteralSpellings = ReadonlyMap<string, string>;

const PRINT_WIDTH = 110;
const SCALAR = /^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/;

/**
 * Collects, by JSON path, the scalar literals of `text` whose spelling differs from JSON.stringify's, e.g.
 * `2e-4` (canonical `0.0002`), `1.0` or a string with `\u` escapes. Malformed text gives what was read so far.
 */
export function literalSpellings(text: string): LiteralSpellings {
  const spellings = new Map<string, string>();
  let at = 0;
  const skip = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const value = (path: string): boolean => {
    skip();
    const open = text[at];
    if (open === '{' || open === '[') {
      at++;
      let index = 0;
      for (;;) {
        skip();
        if (text[at] === (open === '{' ? '}' : ']')) return at++ >= 0;
        let child = String(index++);
        if (open === '{') {
          const key = SCALAR.exec(text.slice(at, at + 10_000));
          if (!key || !key[0].startsWith('"')) return false;
          child = JSON.parse(key[0]) as string;
          at += key[0].length;
          skip();
          if (text[at++] !== ':') return false;
        }
        if (!value(path === '' ? child : `${path}/${child}`)) return false;
        skip();
        if (text[at] === ',') at++;
      }
    }
    const literal = SCALAR.exec(text.slice(at, at + 100_000));
    if (!literal) return false;
    at += literal[0].length;
    const canonical = JSON.stringify(JSON.parse(literal[0]));
    if (canonical !== literal[0]) spellings.set(path, literal[0]);
    return true;
  };
  value('');
  return spellings;
}

function scalar(value: unknown, path: string, spellings: LiteralSpellings): string {
  const canonical = JSON.stringify(value) ?? 'null';
  const spelled = spellings.get(path);
  // Reuse the file's spelling only while the value is unchanged.
  if (spelled !== undefined && JSON.stringify(JSON.parse(spelled)) === canonical) return spelled;
  return canonical;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function format(
  value: unknown,
  path: string,
  indent: string,
  prefixWidth: number,
  spellings: LiteralSpellings,
): string {
  const child = (key: string | number) => (path === '' ? String(key) : `${path}/${key}`);
  if (!isContainer(value)) return scalar(value, path, spellings);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (!value.some(isContainer)) {
      const flat = `[${value.map((item, index) => scalar(item, child(index), spellings)).join(', ')}]`;
      // +1 for the comma that may follow; Prettier measures the line including it.
      if (prefixWidth + flat.length + 1 <= PRINT_WIDTH) return flat;
    }
    const items = value.map(
      (item, index) => `${inner}${format(item, child(index), inner, inner.length, spellings)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${format(item, child(key), inner, head.length, spellings)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * JSON text of a document in the example files' format, with a trailing newline.
 * @param spellings - literal spellings from the file the document was opened from (default none).
 */
export function formatDocumentJson(value: unknown, spellings: LiteralSpellings = new Map()): string {
  return `${format(value, '', '', 0, spellings)}\n`;
}
