/**
 * Modal dialogs built on <dialog>: confirm, prompt for text, a message with a list (validation errors,
 * import notes), and a generic form. Native window.confirm/prompt are avoided: Electron's sandboxed renderer
 * does not implement prompt, and custom dialogs are keyboard-accessible and testable.
 * Escape cancels (the dialog's own cancel event); focus goes to the first field or the default button.
 */
import { h, type Child } from './dom.js';

let dialogCount = 0;

/** Opens a modal with content and buttons; resolves with the button value, or null when cancelled. */
export function showDialog(options: {
  readonly title: string;
  readonly body: readonly Child[];
  readonly buttons: readonly { readonly label: string; readonly value: string; readonly primary?: boolean }[];
  readonly testId?: string;
  /** Returns false to keep the dialog open (e.g. an empty required field). */
  readonly accept?: (value: string) => boolean;
  /** Receives the dialog's close function, for content that closes it itself (a list of choices). */
  readonly bind?: (close: (value: string | null) => void) => void;
}): Promise<string | null> {
  return new Promise((resolve) => {
    const titleId = `dialog-title-${++dialogCount}`;
    const dialog = h('dialog', {
      className: 'modal',
      testId: options.testId ?? 'dialog',
      attrs: { 'aria-labelledby': titleId },
    });
    const close = (value: string | null) => {
      if (value !== null && options.accept && !options.accept(value)) return;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const form = h(
      'form',
      {
        on: {
          submit: (event) => {
            event.preventDefault();
            close(options.buttons.find((b) => b.primary)?.value ?? 'ok');
          },
        },
      },
      h('h2', { id: titleId }, options.title),
      h('div', { className: 'modal-body' }, ...options.body),
      h(
        'div',
        { className: 'modal-buttons' },
        options.buttons.map((button) =>
          h(
            'button',
            {
              type: button.primary ? 'submit' : 'button',
              className: button.primary ? 'primary' : '',
              testId: `dialog-${button.value}`,
              on: button.primary
                ? {}
                : { click: () => close(button.value === 'cancel' ? null : button.value) },
            },
            button.label,
          ),
        ),
      ),
    );
    dialog.append(form);
    options.bind?.(close);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('input, select, textarea, button.primary');
    first?.focus();
  });
}

/** Asks a yes/no question; resolves true for the confirming button. */
export async function confirmDialog(title: string, message: string, confirmLabel: string): Promise<boolean> {
  const answer = await showDialog({
    title,
    body: [h('p', {}, message)],
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: confirmLabel, value: 'ok', primary: true },
    ],
    testId: 'confirm-dialog',
  });
  return answer === 'ok';
}

/** Asks for a line of text; resolves null when cancelled. */
export async function promptDialog(title: string, label: string, initial: string): Promise<string | null> {
  const input = h('input', {
    type: 'text',
    value: initial,
    ariaLabel: label,
    testId: 'prompt-input',
    className: 'wide',
  });
  const answer = await showDialog({
    title,
    body: [h('label', {}, label, input)],
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'OK', value: 'ok', primary: true },
    ],
    testId: 'prompt-dialog',
    accept: () => input.value.trim() !== '',
  });
  return answer === 'ok' ? input.value.trim() : null;
}

/** Shows a message with an optional list of lines (errors with paths, notes). */
export async function messageDialog(
  title: string,
  message: string,
  lines: readonly string[] = [],
  testId = 'message-dialog',
): Promise<void> {
  await showDialog({
    title,
    body: [
      h('p', {}, message),
      lines.length > 0
        ? h(
            'ul',
            { className: 'issue-list' },
            lines.map((line) => h('li', {}, line)),
          )
        : null,
    ],
    buttons: [{ label: 'OK', value: 'ok', primary: true }],
    testId,
  });
}
