/**
 * File commands of the app: New, Open (native dialog, or the app's own dialog with examples, recent files,
 * a path and an upload), Save and Save As (the app asks for a path when the host has no dialogs), recent
 * files, autosave every few seconds while dirty with a recovery offer at start, and confirmation before
 * unsaved work is discarded. Opening a malformed or newer-version file shows its problems with their paths
 * and keeps the current work (the store refuses the text).
 * Assumptions: the host's saves are atomic (HostApi contract); a failed save leaves the document dirty.
 */
import type { HostApi, ValidationIssue } from '../../core/index.js';
import { formatIssue } from '../../core/index.js';
import { confirmDialog, messageDialog, promptDialog } from '../app/dialogs.js';
import type { DocumentStore } from '../state/document-store.js';
import { emptyScenario } from '../state/document-store.js';
import { graphFormatOf, importGraphFile } from '../graph-io/graph-files.js';
import { showOpenDialog } from './open-dialog.js';

/** Autosave period while the document is dirty, ms. */
export const AUTOSAVE_INTERVAL_MS = 3000;

/** Platform new imported nodes get. */
export const IMPORT_DEFAULT_PLATFORM = 'nv-diamond';

/** The file commands. */
export interface FileActions {
  newDocument(): Promise<void>;
  open(): Promise<void>;
  openPath(path: string): Promise<boolean>;
  openText(text: string, name: string, path: string | null): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Offers autosaved work back, if any (call once at start). Resolves true when it was restored. */
  offerRecovery(): Promise<boolean>;
  /** Asks before discarding unsaved work; true when it is fine to go on. */
  confirmDiscard(action: string): Promise<boolean>;
  /** Starts the autosave timer; returns a stop function. */
  startAutosave(): () => void;
}

/** Options of {@link createFileActions}. */
export interface FileActionsOptions {
  readonly host: HostApi;
  readonly store: DocumentStore;
  /** Shows a short status line (saved, autosaved, failures). */
  readonly notify: (message: string) => void;
  /** True while autosave should wait (a drag in progress: serialising a large network costs a frame). */
  readonly busy?: () => boolean;
  /** Called after a different document was loaded (fit the map, clear selection). */
  readonly onLoaded: () => void;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function showIssues(title: string, name: string, issues: readonly ValidationIssue[]): Promise<void> {
  await messageDialog(
    title,
    `${name} has ${issues.length} problem(s). Your current work is unchanged.`,
    issues.map(formatIssue),
    'open-errors',
  );
}

/** Creates the file commands. */
export function createFileActions(options: FileActionsOptions): FileActions {
  const { host, store, notify } = options;
  let autosavedRevision = -1;

  async function confirmDiscard(action: string): Promise<boolean> {
    if (!store.snapshot().dirty) return true;
    return confirmDialog(
      'Unsaved changes',
      `${store.snapshot().name} has unsaved changes. Discard them and ${action}?`,
      'Discard changes',
    );
  }

  async function openText(text: string, name: string, path: string | null): Promise<boolean> {
    if (/\.(graphml|gexf|xml)$/i.test(name)) {
      try {
        const imported = importGraphFile(text, name, IMPORT_DEFAULT_PLATFORM);
        store.replace(imported.document, {
          path: null,
          name: name.replace(/\.(graphml|gexf|xml)$/i, '.qnet.json'),
        });
        options.onLoaded();
        await messageDialog(
          `Imported ${graphFormatOf(name) === 'gexf' ? 'GEXF' : 'GraphML'}`,
          'What was assumed:',
          imported.notes,
          'import-notes',
        );
        return true;
      } catch (error) {
        await messageDialog('Import failed', errorText(error), [], 'open-errors');
        return false;
      }
    }
    const outcome = store.load(text, { path, name });
    if (!outcome.ok) {
      await showIssues('Cannot open file', name, outcome.issues);
      return false;
    }
    options.onLoaded();
    notify(`Opened ${name}`);
    return true;
  }

  async function openPath(path: string): Promise<boolean> {
    try {
      const file = await host.openScenario(path);
      return file ? openText(file.text, file.name, file.path) : false;
    } catch (error) {
      await messageDialog('Cannot open file', errorText(error), [], 'open-errors');
      return false;
    }
  }

  async function write(path: string | null): Promise<boolean> {
    const snapshot = store.snapshot();
    try {
      const saved = await host.saveScenario({ text: store.serialize(), path, suggestedName: snapshot.name });
      if (!saved) return false;
      // Edits made while the save was in flight stay dirty: only mark saved if nothing changed.
      if (store.snapshot().revision === snapshot.revision)
        store.markSaved({ path: saved.path, name: saved.name });
      await host.clearAutosave().catch(() => undefined);
      notify(`Saved ${saved.name} (${saved.bytes} bytes)`);
      return true;
    } catch (error) {
      await messageDialog('Save failed', `${errorText(error)} The file on disk is unchanged.`);
      return false;
    }
  }

  async function saveAs(): Promise<boolean> {
    if (host.nativeDialogs) return write(null);
    const current = store.snapshot();
    const initial = current.path ?? current.name;
    const path = await promptDialog('Save as', 'Path of the file to write (absolute)', initial);
    return path === null ? false : write(path);
  }

  return {
    confirmDiscard,
    openText,
    openPath,
    saveAs,
    async newDocument() {
      if (!(await confirmDiscard('start a new scenario'))) return;
      store.replace(emptyScenario(), { path: null, name: 'untitled.qnet.json' }, false);
      options.onLoaded();
    },
    async open() {
      if (!(await confirmDiscard('open another file'))) return;
      if (host.nativeDialogs) {
        try {
          const file = await host.openScenario();
          if (file) await openText(file.text, file.name, file.path);
        } catch (error) {
          await messageDialog('Cannot open file', errorText(error), [], 'open-errors');
        }
        return;
      }
      const [examples, recent] = await Promise.all([host.listExamples(), host.listRecent()]);
      const choice = await showOpenDialog(examples, recent);
      if (!choice) return;
      if (choice.kind === 'path') await openPath(choice.path);
      else await openText(choice.text, choice.name, null);
    },
    save: () => {
      const { path } = store.snapshot();
      return path ? write(path) : saveAs();
    },
    async offerRecovery() {
      const entry = await host.readAutosave().catch(() => null);
      if (!entry) return false;
      const name = entry.path ? baseName(entry.path) : 'an unsaved scenario';
      const restore = await confirmDialog(
        'Recover unsaved work?',
        `Autosaved work on ${name} from ${new Date(entry.savedAt).toLocaleString()} was not saved. Recover it?`,
        'Recover',
      );
      if (!restore) {
        await host.clearAutosave().catch(() => undefined);
        return false;
      }
      const outcome = store.load(
        entry.text,
        { path: entry.path, name: entry.path ? baseName(entry.path) : 'recovered.qnet.json' },
        { acceptInvalid: true, dirty: true },
      );
      if (!outcome.ok) {
        await showIssues('Cannot recover', 'The autosave', outcome.issues);
        return false;
      }
      options.onLoaded();
      notify('Recovered autosaved work');
      return true;
    },
    startAutosave() {
      const timer = setInterval(() => {
        const snapshot = store.snapshot();
        if (!snapshot.dirty || snapshot.revision === autosavedRevision || options.busy?.()) return;
        autosavedRevision = snapshot.revision;
        host
          .writeAutosave({ text: store.serialize(), path: snapshot.path, savedAt: new Date().toISOString() })
          .then(() => notify(`Autosaved at ${new Date().toLocaleTimeString()}`))
          .catch((error: unknown) => notify(`Autosave failed: ${errorText(error)}`));
      }, AUTOSAVE_INTERVAL_MS);
      return () => clearInterval(timer);
    },
  };
}
