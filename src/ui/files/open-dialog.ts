/**
 * The app's own Open dialog for hosts without native dialogs (the browser fallback): shipped examples,
 * recent files, a path field, and a browser file upload (scenario JSON, or a GraphML/GEXF topology).
 * Resolves with what the user chose; reading the file is the caller's job.
 */
import type { ExampleEntry, RecentFile } from '../../core/index.js';
import { h } from '../app/dom.js';
import { showDialog } from '../app/dialogs.js';

/** What the user picked. */
export type OpenChoice =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'upload'; readonly name: string; readonly text: string }
  | null;

/** Shows the dialog. */
export async function showOpenDialog(
  examples: readonly ExampleEntry[],
  recent: readonly RecentFile[],
  title = 'Open scenario',
): Promise<OpenChoice> {
  let choice: OpenChoice = null;
  let close: ((value: string | null) => void) | undefined;
  const pick = (value: OpenChoice) => {
    choice = value;
    close?.('ok');
  };
  const entry = (label: string, detail: string, path: string, testId: string) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          className: 'link',
          testId,
          title: path,
          on: { click: () => pick({ kind: 'path', path }) },
        },
        label,
      ),
      h('span', { className: 'muted small' }, ` ${detail}`),
    );
  const pathInput = h('input', {
    type: 'text',
    className: 'wide',
    ariaLabel: 'Path of a scenario file',
    testId: 'open-path',
    attrs: { placeholder: '/home/me/network.qnet.json' },
  });
  const upload = h('input', {
    type: 'file',
    ariaLabel: 'Upload a scenario, GraphML or GEXF file',
    testId: 'open-upload',
    attrs: { accept: '.json,.qnet.json,.graphml,.xml,.gexf,application/json' },
    on: {
      change: async () => {
        const file = upload.files?.[0];
        if (file) pick({ kind: 'upload', name: file.name, text: await file.text() });
      },
    },
  });
  const answer = await showDialog({
    bind: (closeDialog) => (close = closeDialog),
    title,
    testId: 'open-dialog',
    body: [
      h('h3', {}, 'Examples'),
      examples.length === 0
        ? h('p', { className: 'muted' }, 'No examples available from this host.')
        : h(
            'ul',
            { className: 'file-list', testId: 'example-list' },
            examples.map((example) =>
              entry(example.title, example.id, example.path, `example-${example.id}`),
            ),
          ),
      h('h3', {}, 'Recent'),
      recent.length === 0
        ? h('p', { className: 'muted' }, 'No recent files.')
        : h(
            'ul',
            { className: 'file-list' },
            recent.map((file) => entry(file.name, file.path, file.path, `recent-${file.name}`)),
          ),
      h('h3', {}, 'Open a path'),
      h('div', { className: 'row' }, pathInput),
      h('h3', {}, 'Upload from this computer'),
      upload,
    ],
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Open path', value: 'ok', primary: true },
    ],
    accept: () => choice !== null || pathInput.value.trim() !== '',
  });
  if (answer === 'ok' && choice === null && pathInput.value.trim() !== '')
    choice = { kind: 'path', path: pathInput.value.trim() };
  return answer === 'ok' ? choice : null;
}
