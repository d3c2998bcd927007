/**
 * Number formatting for human-readable output: sensible significant digits, SI prefixes for units that
 * take them, and explicit words for non-finite values so a table never shows "NaN".
 */

const PREFIXES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

/** Units that read naturally with an SI prefix (1.2 ms, 3.4 kHz); others print in plain or scientific form. */
const PREFIXABLE_UNITS = new Set(['s', 'Hz', 'm', 'bit/s', 'qubit/s', 'pairs/s', 'ebit/s', 'W', 'J']);

/**
 * Formats a number with `significantDigits` (default 4) significant digits, using scientific notation below
 * 1e-3 and from 1e6 upwards (e.g. 1.443e-20); integers below 1e6 print in full.
 */
export function formatNumber(value: number, significantDigits = 4): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '-∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e6) return String(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) {
    const [mantissa, exponent] = value.toExponential(significantDigits - 1).split('e');
    return `${trimZeros(mantissa!)}e${exponent}`;
  }
  return trimZeros(value.toPrecision(significantDigits));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Formats a quantity with its unit: `1.2 ms`, `39 Hz`, `0.95` (dimensionless), `4.2e-5 /attempt`.
 * Units in PREFIXABLE_UNITS get an SI prefix between 1e-12 and 1e12.
 */
export function formatQuantity(value: number, unit: string, significantDigits = 4): string {
  if (!unit) return formatNumber(value, significantDigits);
  if (PREFIXABLE_UNITS.has(unit) && Number.isFinite(value) && value !== 0) {
    const magnitude = Math.abs(value);
    const prefix = PREFIXES.find(([scale]) => magnitude >= scale * 0.9995);
    if (prefix && magnitude < 1e15 && magnitude >= 1e-12) {
      return `${formatNumber(value / prefix[0], significantDigits)} ${prefix[1]}${unit}`;
    }
  }
  return `${formatNumber(value, significantDigits)} ${unit}`;
}

/**
 * Formats a duration for people: SI-prefixed seconds below one hour (`6.89 s`, `1.3 ms`), then hours up to two
 * days (`5.2 h`), then days (`11.5 days`), so a ship voyage does not read as `994 ks`.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 3600) return formatQuantity(seconds, 's');
  if (seconds < 2 * 86_400) return `${formatNumber(seconds / 3600, 3)} h`;
  return `${formatNumber(seconds / 86_400, 3)} days`;
}
