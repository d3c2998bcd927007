/**
 * The results panel: one row per demand with its route, delivered rate at the target fidelity, fidelity,
 * latency, effective qubit bandwidth and bottleneck, and the planner's own explanation when a demand gets
 * nothing ("no route", "unreachable", as `qnet plan` prints them). Rates print as plain pairs/s (not
 * SI-prefixed hertz: "0.29 pairs/s" reads better than "290 mHz" for a rate of Bell pairs). Clicking a row selects the demand, which
 * highlights its route on the map.
 */
import { formatDuration, formatNumber, formatQuantity, type CapacityReport } from '../../report/index.js';
import { h, replaceChildren } from '../app/dom.js';

/** The results panel. */
export interface ResultsTable {
  readonly element: HTMLElement;
  /** Shows a report (or a reason there is none) with `selectedDemand` highlighted. */
  update(report: CapacityReport | undefined, selectedDemand: string | null, note?: string): void;
}

const STATUS_TEXT: Readonly<Record<string, string>> = {
  ok: 'ok',
  unreachable: 'unreachable',
  'no-route': 'no route',
  'no-rate': 'no rate',
};

/** Creates the panel; `onSelect` receives a demand key. */
export function createResultsTable(onSelect: (demandKey: string) => void): ResultsTable {
  const body = h('tbody', { testId: 'results-body' });
  const message = h('p', { className: 'muted', testId: 'results-note' });
  const table = h(
    'table',
    { className: 'results', testId: 'results-table', attrs: { 'aria-describedby': 'results-caption' } },
    h('caption', { id: 'results-caption' }, 'Per demand, after sharing the network'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Demand', 'Status', 'Route', 'Rate', 'Fidelity', 'Latency', 'Qubit bandwidth', 'Bottleneck'].map(
          (title) => h('th', { attrs: { scope: 'col' } }, title),
        ),
      ),
    ),
    body,
  );
  const element = h(
    'section',
    { className: 'panel', ariaLabel: 'Results', testId: 'results-panel' },
    h('h2', {}, 'Results'),
    message,
    table,
  );
  return {
    element,
    update(report, selectedDemand, note) {
      message.textContent = note ?? '';
      message.hidden = !note;
      if (!report) {
        replaceChildren(body);
        table.hidden = true;
        return;
      }
      table.hidden = report.demands.length === 0;
      if (report.demands.length === 0) {
        message.textContent = 'No demands yet: add one in the Demands panel to see rates.';
        message.hidden = false;
      }
      replaceChildren(
        body,
        report.demands.flatMap((demand) => {
          const ok = demand.status === 'ok';
          const route = demand.route
            ? `${demand.route.nodes.join(' – ')} (${formatQuantity(demand.route.lengthM / 1000, 'km', 3)})`
            : '–';
          const row = h(
            'tr',
            {
              className: `${ok ? 'ok' : 'failed'}${demand.key === selectedDemand ? ' selected' : ''}`,
              testId: `result-${demand.key}`,
              tabIndex: 0,
              attrs: { 'aria-selected': String(demand.key === selectedDemand) },
              on: {
                click: () => onSelect(demand.key),
                keydown: (event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect(demand.key);
                  }
                },
              },
            },
            h(
              'th',
              { attrs: { scope: 'row' } },
              demand.key,
              h(
                'div',
                { className: 'muted small' },
                `${demand.source} → ${demand.target}, F ≥ ${demand.targetFidelity}`,
              ),
            ),
            h('td', { className: `status ${demand.status}` }, STATUS_TEXT[demand.status] ?? demand.status),
            h('td', {}, route),
            h(
              'td',
              { className: 'num', testId: `rate-${demand.key}` },
              demand.rateHz === undefined ? '–' : `${formatNumber(demand.rateHz, 4)} pairs/s`,
            ),
            h(
              'td',
              { className: 'num', testId: `fidelity-${demand.key}` },
              demand.fidelity === undefined ? '–' : formatQuantity(demand.fidelity, '', 4),
            ),
            h(
              'td',
              { className: 'num' },
              demand.latencyS === undefined ? '–' : formatDuration(demand.latencyS),
            ),
            h(
              'td',
              { className: 'num' },
              demand.effectiveBandwidth
                ? `${formatNumber(demand.effectiveBandwidth.qubitsPerS, 4)} qubit/s`
                : '–',
            ),
            h(
              'td',
              {},
              demand.bottleneck ? `${demand.bottleneck.edgeKey}: ${demand.bottleneck.reason}` : '–',
            ),
          );
          const explanation = demand.explanation
            ? h(
                'tr',
                { className: 'explanation' },
                h('td', { attrs: { colspan: '8' } }, `${demand.key}: ${demand.explanation}`),
              )
            : null;
          return explanation ? [row, explanation] : [row];
        }),
      );
      if (report.allocation) {
        body.append(
          h(
            'tr',
            { className: 'explanation' },
            h(
              'td',
              { attrs: { colspan: '8' } },
              `Allocation (${report.allocation.objective}): ${report.allocation.message}`,
            ),
          ),
        );
      }
    },
  };
}
