/**
 * The platform picker and parameter table of a node (or carrier edge): each preset parameter's value with
 * its published source (or the reason it is missing), and an override field per parameter in file units
 * (`overrides` in the scenario), so every number the planner uses can be traced.
 * Source: the preset files (network-models/platforms/*.json) via the PresetRegistry.
 */
import { PARAMETER_DEFINITIONS, PLATFORM_PARAMETER_KEYS, type PresetRegistry } from '../../network/index.js';
import { formatQuantity } from '../../report/index.js';
import { h } from '../app/dom.js';
import type { CommitField } from './field-editor.js';

/** Options of {@link platformSection}. */
export interface PlatformSectionOptions {
  readonly presets: PresetRegistry;
  readonly platform: unknown;
  readonly overrides: unknown;
  readonly commit: CommitField;
  readonly idPrefix: string;
}

/** The platform select plus a table of parameters with sources and override inputs. */
export function platformSection(options: PlatformSectionOptions): HTMLElement {
  const { presets, commit } = options;
  const id = `${options.idPrefix}-platform`;
  const platformId = typeof options.platform === 'string' ? options.platform : '';
  const select = h(
    'select',
    {
      id,
      testId: 'platform-select',
      attrs: { 'data-field': 'platform' },
      on: { change: () => commit(['platform'], select.value === '' ? undefined : select.value) },
    },
    h('option', { value: '' }, '(none)'),
    [...presets.values()].map((preset) => h('option', { value: preset.id }, `${preset.name} (${preset.id})`)),
  );
  if (platformId && !presets.has(platformId))
    select.append(h('option', { value: platformId }, `${platformId} (unknown)`));
  select.value = platformId;
  const preset = presets.get(platformId);
  const overrides = (
    options.overrides && typeof options.overrides === 'object' ? options.overrides : {}
  ) as Record<string, unknown>;
  const rows = PLATFORM_PARAMETER_KEYS.map((key) => {
    const definition = PARAMETER_DEFINITIONS[key];
    const parameter = preset?.parameters[key];
    const presetText = !parameter
      ? '–'
      : parameter.value === null
        ? 'missing'
        : formatQuantity(parameter.value, '', 4);
    const source = !parameter ? '' : parameter.value === null ? parameter.reason : parameter.source;
    const inputId = `${options.idPrefix}-override-${key}`;
    const override = overrides[key];
    const input = h('input', {
      id: inputId,
      type: 'number',
      value: override === undefined ? '' : String(override),
      attrs: { step: 'any', 'data-field': `overrides.${key}`, placeholder: 'preset' },
      on: {
        change: () => {
          const value = input.value.trim() === '' ? undefined : Number(input.value);
          commit(['overrides', key], value === undefined || Number.isFinite(value) ? value : input.value);
        },
      },
    });
    return h(
      'tr',
      { className: override === undefined ? '' : 'overridden' },
      h(
        'th',
        { attrs: { scope: 'row' } },
        h(
          'label',
          { htmlFor: inputId, title: definition.description },
          definition.fileUnit ? `${key} (${definition.fileUnit})` : key,
        ),
      ),
      h('td', { className: 'num' }, presetText),
      h('td', {}, input),
      h('td', { className: 'source small' }, source),
    );
  });
  return h(
    'fieldset',
    { className: 'platform' },
    h('legend', {}, 'Platform'),
    h('div', { className: 'field' }, h('label', { htmlFor: id }, 'Platform preset'), select),
    preset ? h('p', { className: 'help' }, preset.description) : null,
    h(
      'table',
      { className: 'parameters', ariaLabel: 'Platform parameters' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Parameter', 'Preset', 'Override', 'Source'].map((title) =>
            h('th', { attrs: { scope: 'col' } }, title),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
