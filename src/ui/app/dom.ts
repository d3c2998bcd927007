/**
 * A tiny DOM builder for the app's plain-TypeScript views: `h('button', { ariaLabel: 'Save' }, 'Save')`.
 * Text is always set as text (never parsed as HTML), so user strings (names, labels) cannot inject markup.
 */

/** Properties accepted by {@link h}: element properties, `dataset`, `attrs` (attributes) and `on` handlers. */
export interface ElementProps {
  readonly className?: string;
  readonly id?: string;
  readonly title?: string;
  readonly type?: string;
  readonly value?: string;
  readonly disabled?: boolean;
  readonly hidden?: boolean;
  readonly tabIndex?: number;
  readonly htmlFor?: string;
  readonly ariaLabel?: string;
  readonly role?: string;
  readonly testId?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** A child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element with properties and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { attrs, on, testId, ariaLabel, role, htmlFor, ...plain } = props;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (element as unknown as Record<string, unknown>)[key] = value;
  }
  if (htmlFor !== undefined) element.setAttribute('for', htmlFor);
  if (ariaLabel !== undefined) element.setAttribute('aria-label', ariaLabel);
  if (role !== undefined) element.setAttribute('role', role);
  if (testId !== undefined) element.dataset['testid'] = testId;
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  for (const [name, handler] of Object.entries(on ?? {}))
    element.addEventListener(name, handler as EventListener);
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false)
      parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}
