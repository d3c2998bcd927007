/**
 * One labelled form control for a schema field: number and text inputs, selects for enums and references,
 * committing on `change` (Enter or leaving the field), so a half-typed number never triggers a plan.
 * An emptied optional field is removed from the document (the default applies again).
 */
import { h } from '../app/dom.js';
import type { FieldDescriptor } from './schema-fields.js';

/** Commits a field's new value (undefined removes it). */
export type CommitField = (path: readonly string[], value: unknown) => void;

const KEY_SUFFIX = /(DbPerKm|DbPerM|KmPerS|KmPerH|BitsPerS|PerS|Km|Nm|M3|Deg|Days|S|H|K|M)$/;

/**
 * A readable label with the unit, from a file key: `lengthKm` -> `length (km)`,
 * `fibreAttenuationDbPerKm` -> `fibre attenuation (dB/km)`; the key itself is the field's tooltip.
 */
export function fieldLabel(name: string, unit: string): string {
  const stem = unit ? name.replace(KEY_SUFFIX, '') || name : name;
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return unit ? `${words} (${unit})` : words;
}

function parseValue(field: FieldDescriptor, text: string): unknown {
  if (text.trim() === '') return undefined;
  if (field.kind === 'number' || field.kind === 'integer') {
    const value = Number(text);
    // An unparseable number is kept as text so validation names the field instead of silently dropping it.
    return Number.isFinite(value) ? value : text;
  }
  return text;
}

/** Options of {@link fieldEditor}. */
export interface FieldEditorOptions {
  readonly field: FieldDescriptor;
  readonly value: unknown;
  readonly path: readonly string[];
  readonly commit: CommitField;
  /** Choices for string fields that reference something (node keys, presets, workloads). */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  /** Id prefix keeping label/for pairs unique in the page. */
  readonly idPrefix: string;
}

/** A row with label, control and the schema's description as help. */
export function fieldEditor(options: FieldEditorOptions): HTMLElement {
  const { field, value, path, commit } = options;
  const id = `${options.idPrefix}-${path.join('-')}`;
  const label = h(
    'label',
    { htmlFor: id, title: field.name },
    fieldLabel(field.name, field.unit),
    field.optional ? '' : ' *',
  );
  let control: HTMLElement;
  const data = { 'data-field': path.join('.') };
  if (field.kind === 'enum' || options.choices) {
    const choices = options.choices ?? field.options.map((option) => ({ value: option, label: option }));
    const select = h(
      'select',
      {
        id,
        attrs: data,
        title: field.description,
        on: { change: () => commit(path, select.value === '' ? undefined : select.value) },
      },
      field.optional || value === undefined
        ? h('option', { value: '' }, field.optional ? '(default)' : '(choose)')
        : null,
      choices.map((choice) => h('option', { value: choice.value }, choice.label)),
    );
    // A value not among the choices (a typo in a file) stays visible so the user sees what is wrong.
    if (typeof value === 'string' && !choices.some((choice) => choice.value === value)) {
      select.append(h('option', { value }, `${value} (unknown)`));
    }
    select.value = typeof value === 'string' ? value : '';
    control = select;
  } else if (field.kind === 'literal') {
    control = h('output', { id, attrs: data }, String(value ?? field.options[0] ?? ''));
  } else {
    const input = h('input', {
      id,
      type: field.kind === 'number' || field.kind === 'integer' ? 'number' : 'text',
      value: value === undefined || value === null ? '' : String(value),
      title: field.description,
      attrs: {
        ...data,
        ...(field.kind === 'integer' ? { step: '1' } : { step: 'any' }),
        ...(field.optional ? {} : { required: '' }),
      },
      on: { change: () => commit(path, parseValue(field, input.value)) },
    });
    control = input;
  }
  return h(
    'div',
    { className: 'field' },
    label,
    control,
    field.description ? h('small', { className: 'help' }, field.description) : null,
  );
}
