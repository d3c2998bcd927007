/**
 * The editor's model of record: the scenario DOCUMENT (file JSON, unit-suffixed keys), edited only through
 * commands, with undo/redo, a dirty marker against the last save, and re-validation through
 * parseScenarioValue after every edit. Validation problems are state (shown with their paths), never thrown.
 * DOM-free so it runs and is tested under Node.
 * Assumptions: undo keeps whole document snapshots (edits share unchanged containers, so a snapshot costs
 * one array copy); a drag is one undo step: non-final moves of the same node merge with the previous step.
 */
import type { ValidationIssue } from '../../core/index.js';
import {
  parseScenario,
  parseScenarioValue,
  type PresetRegistry,
  type Scenario,
} from '../../network/index.js';
import { asDraft, type ScenarioDraft } from './draft-types.js';
import { applyEdit, type EditCommand } from './edit-commands.js';
import { formatDocumentJson, literalSpellings, type LiteralSpellings } from './json-format.js';

/** What the store exposes after each change. */
export interface DocumentSnapshot {
  readonly document: ScenarioDraft;
  /** The resolved scenario when the document is valid (validated on first read, once per revision). */
  readonly scenario: Scenario | undefined;
  /** Validation problems with their paths (`edges[3].lengthKm: must be > 0`); empty when valid. Lazy too. */
  readonly issues: readonly ValidationIssue[];
  /** Path of the file on the host, or null for a document never saved. */
  readonly path: string | null;
  /** File name shown in the title (`untitled.qnet.json` for a new document). */
  readonly name: string;
  /** True when the document differs from the last save or open. */
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Increases by one on every change (edit, undo, redo, load); the planning client orders results by it. */
  readonly revision: number;
}

/** Options of {@link createDocumentStore}. */
export interface DocumentStoreOptions {
  /** Platform presets that node `platform` fields may name. */
  readonly presets: PresetRegistry;
  /** Maximum undo steps kept (default 200). */
  readonly undoLimit?: number;
}

/** The result of loading text: loaded, or the problems and the current work untouched. */
export type LoadOutcome =
  { readonly ok: true } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The document store. */
export interface DocumentStore {
  snapshot(): DocumentSnapshot;
  /** Applies an edit; returns the new snapshot. */
  edit(command: EditCommand): DocumentSnapshot;
  undo(): DocumentSnapshot;
  redo(): DocumentSnapshot;
  /**
   * Replaces the document with scenario text (open, recovery). Text that is not valid JSON or not a valid
   * scenario is rejected with its issues and the current document stays, unless `acceptInvalid` (used for
   * autosave recovery of work in progress).
   */
  load(
    text: string,
    file: { path: string | null; name: string },
    options?: { acceptInvalid?: boolean; dirty?: boolean },
  ): LoadOutcome;
  /** Replaces the document with a value (New, import); clears undo and marks dirty unless `dirty: false`. */
  replace(document: unknown, file: { path: string | null; name: string }, dirty?: boolean): void;
  /** The JSON text to save, formatted like the shipped files. */
  serialize(): string;
  /** Records a successful save: the document is clean and belongs to `path`. */
  markSaved(file: { path: string; name: string }): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: DocumentSnapshot) => void): () => void;
}

interface Step {
  readonly document: ScenarioDraft;
  /** Node key of a drag in progress (a non-final move), for merging moves. */
  readonly dragKey?: string;
}

/** Creates a store holding an empty, untitled scenario. */
export function createDocumentStore(options: DocumentStoreOptions): DocumentStore {
  const undoLimit = options.undoLimit ?? 200;
  const listeners = new Set<(snapshot: DocumentSnapshot) => void>();
  let current: Step = { document: emptyScenario() };
  let undoStack: Step[] = [];
  let redoStack: Step[] = [];
  let saved: ScenarioDraft | undefined = current.document;
  let spellings: LiteralSpellings = new Map();
  let file: { path: string | null; name: string } = { path: null, name: 'untitled.qnet.json' };
  let revision = 0;
  // Validation runs lazily, once per revision, when someone reads `scenario` or `issues`: a drag of a node
  // in a 1,000-node network then costs no parse per frame unless the app asks.
  let validated:
    { revision: number; scenario: Scenario | undefined; issues: readonly ValidationIssue[] } | undefined;

  function validation() {
    if (validated?.revision !== revision) validated = { revision, ...validate(current.document) };
    return validated;
  }

  function validate(document: ScenarioDraft) {
    const parsed = parseScenarioValue(document, { presets: options.presets, fileName: file.name });
    return parsed.ok
      ? { scenario: parsed.value, issues: [] as readonly ValidationIssue[] }
      : { scenario: undefined, issues: parsed.error.issues };
  }

  function snapshot(): DocumentSnapshot {
    const at = revision;
    const read = () => (at === revision ? validation() : { revision: at, ...validate(snapshotDocument) });
    const snapshotDocument = current.document;
    return {
      document: current.document,
      get scenario() {
        return read().scenario;
      },
      get issues() {
        return read().issues;
      },
      path: file.path,
      name: file.name,
      dirty: current.document !== saved,
      canUndo: undoStack.length > 0,
      canRedo: redoStack.length > 0,
      revision,
    };
  }

  function changed(): DocumentSnapshot {
    revision++;
    const result = snapshot();
    for (const listener of listeners) listener(result);
    return result;
  }

  function reset(document: ScenarioDraft, to: { path: string | null; name: string }, dirty: boolean): void {
    current = { document };
    undoStack = [];
    redoStack = [];
    saved = dirty ? undefined : document;
    file = to;
  }

  return {
    snapshot,
    edit(command) {
      const document = applyEdit(current.document, command);
      if (document === current.document) return snapshot();
      const dragKey = command.type === 'move-node' && !command.final ? command.key : undefined;
      const continuesDrag = command.type === 'move-node' && current.dragKey === command.key;
      if (!continuesDrag) {
        undoStack.push({ document: current.document });
        if (undoStack.length > undoLimit) undoStack.shift();
      }
      redoStack = [];
      current = dragKey === undefined ? { document } : { document, dragKey };
      return changed();
    },
    undo() {
      const previous = undoStack.pop();
      if (!previous) return snapshot();
      redoStack.push({ document: current.document });
      current = previous;
      return changed();
    },
    redo() {
      const next = redoStack.pop();
      if (!next) return snapshot();
      undoStack.push({ document: current.document });
      current = next;
      return changed();
    },
    load(text, to, loadOptions = {}) {
      // parseScenario words JSON syntax errors (line and column) and schema problems exactly as the CLI does.
      const parsed = parseScenario(text, { presets: options.presets, fileName: to.name });
      let value: unknown = parsed.ok ? parsed.value.document : undefined;
      if (!parsed.ok) {
        if (!loadOptions.acceptInvalid) return { ok: false, issues: parsed.error.issues };
        try {
          value = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          return { ok: false, issues: parsed.error.issues };
        }
      }
      spellings = literalSpellings(text);
      reset(asDraft(value), to, loadOptions.dirty ?? false);
      changed();
      return { ok: true };
    },
    replace(document, to, dirty = true) {
      spellings = new Map();
      reset(asDraft(document), to, dirty);
      changed();
    },
    serialize: () => formatDocumentJson(current.document, spellings),
    markSaved(to) {
      saved = current.document;
      file = to;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A new, empty scenario document (valid: no nodes yet). */
export function emptyScenario(): ScenarioDraft {
  return {
    schemaVersion: 1,
    name: 'Untitled network',
    description: '',
    seed: 1,
    metadata: {},
    defaults: { routeFactor: 1 },
    nodes: [],
    edges: [],
    demands: [],
  };
}
