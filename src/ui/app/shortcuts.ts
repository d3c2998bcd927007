/**
 * Keyboard shortcuts: Ctrl/Cmd+Z undo, Ctrl+Shift+Z and Ctrl+Y redo, Ctrl+S save, Ctrl+Shift+S save as,
 * Ctrl+O open, Ctrl+N new, Delete/Backspace delete the selection, Escape cancel (selection and mode),
 * N add-node mode, L add-link mode. Single-key and undo shortcuts are left to text fields while one has
 * focus (typing "n" in a label must not switch modes; Ctrl+Z there undoes the typing).
 */

/** Commands the shortcuts trigger. */
export type ShortcutCommand =
  'undo' | 'redo' | 'save' | 'save-as' | 'open' | 'new' | 'delete' | 'escape' | 'add-node' | 'add-link';

/** The command a key event means, or undefined. Pure, for tests. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  inTextField: boolean,
): ShortcutCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey) {
    if (key === 's') return event.shiftKey ? 'save-as' : 'save';
    if (key === 'o' && !event.shiftKey) return 'open';
    if (key === 'n' && !event.shiftKey) return 'new';
    if (inTextField) return undefined;
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return undefined;
  }
  if (event.key === 'Escape') return 'escape';
  if (inTextField || event.altKey || mod) return undefined;
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (key === 'n' && !event.shiftKey) return 'add-node';
  if (key === 'l' && !event.shiftKey) return 'add-link';
  return undefined;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'file'].includes(target.type)
  );
}

/** Installs the shortcuts on `scope`; returns the uninstall function. */
export function installShortcuts(scope: Window, run: (command: ShortcutCommand) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    // Modal dialogs own the keyboard (Escape closes them natively).
    if (scope.document.querySelector('dialog[open]')) return;
    const command = shortcutOf(event, isTextField(event.target));
    if (!command) return;
    event.preventDefault();
    run(command);
  };
  scope.addEventListener('keydown', listener);
  return () => scope.removeEventListener('keydown', listener);
}
