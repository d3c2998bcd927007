/**
 * The SVG elements of the network view's items, created and patched attribute by attribute (only what changed
 * between two scene descriptions): nodes as `<g data-testid="node-<id>" role="button" tabindex="0">` with a
 * circle and a label, edges as `<g data-testid="edge-<id>">` with the visible line styled by kind and a wide
 * transparent line for clicks, routes as paths. Presentation attributes only (no inline style), so a strict CSP
 * holds.
 */
import type { KeyedRenderer } from './keyed-diff.js';
import type { EdgeItem, NodeItem, RouteItem } from './scene.js';
import { edgeKindStyle } from './styles.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Node marker radius, pixels. */
const NODE_RADIUS = 7;

/** Creates an SVG element with attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Sets or removes a label text child (created only when first shown). */
function setLabel(parent: SVGGElement, text: string, show: boolean, x: number, y: number): void {
  let label = parent.querySelector(':scope > text');
  if (!show) {
    label?.remove();
    return;
  }
  if (!label) {
    label = svgElement(parent.ownerDocument, 'text');
    parent.append(label);
  }
  if (label.textContent !== text) label.textContent = text;
  label.setAttribute('x', String(x));
  label.setAttribute('y', String(y));
}

/** Node elements, appended to `layer`. */
export function nodeRenderer(doc: Document, layer: SVGGElement): KeyedRenderer<NodeItem, SVGGElement> {
  return {
    create(id: string, item: NodeItem): SVGGElement {
      const group = svgElement(doc, 'g', {
        'data-testid': `node-${id}`,
        'data-hit': 'node',
        'data-id': id,
        role: 'button',
        tabindex: '0',
      });
      group.append(svgElement(doc, 'circle', { r: String(NODE_RADIUS) }));
      layer.append(group);
      this.patch(group, item);
      return group;
    },
    patch(group: SVGGElement, item: NodeItem, previous?: NodeItem): void {
      if (!previous || previous.x !== item.x || previous.y !== item.y) {
        group.setAttribute('transform', `translate(${item.x} ${item.y})`);
      }
      if (!previous || previous.ariaLabel !== item.ariaLabel)
        group.setAttribute('aria-label', item.ariaLabel);
      if (!previous || previous.selected !== item.selected || previous.onRoute !== item.onRoute) {
        group.setAttribute('aria-pressed', String(item.selected));
        group.setAttribute(
          'class',
          `qnet-node${item.selected ? ' selected' : ''}${item.onRoute ? ' on-route' : ''}`,
        );
      }
      if (!previous || previous.showLabel !== item.showLabel || previous.label !== item.label) {
        setLabel(group, item.label, item.showLabel, NODE_RADIUS + 4, 4);
      }
    },
    remove(group: SVGGElement): void {
      group.remove();
    },
  };
}

/** Edge elements, appended to `layer`. */
export function edgeRenderer(doc: Document, layer: SVGGElement): KeyedRenderer<EdgeItem, SVGGElement> {
  const setLine = (line: Element, item: EdgeItem) => {
    line.setAttribute('x1', String(item.x1));
    line.setAttribute('y1', String(item.y1));
    line.setAttribute('x2', String(item.x2));
    line.setAttribute('y2', String(item.y2));
  };
  return {
    create(id: string, item: EdgeItem): SVGGElement {
      const group = svgElement(doc, 'g', {
        'data-testid': `edge-${id}`,
        'data-hit': 'edge',
        'data-id': id,
        role: 'button',
        tabindex: '0',
        class: 'qnet-edge',
      });
      // The wide transparent line takes the clicks; the outline exists only while the edge is selected.
      group.append(
        svgElement(doc, 'line', { class: 'qnet-edge-line' }),
        svgElement(doc, 'line', { class: 'qnet-edge-hit' }),
      );
      layer.append(group);
      this.patch(group, item);
      return group;
    },
    patch(group: SVGGElement, item: EdgeItem, previous?: EdgeItem): void {
      const moved =
        !previous ||
        previous.x1 !== item.x1 ||
        previous.y1 !== item.y1 ||
        previous.x2 !== item.x2 ||
        previous.y2 !== item.y2;
      const outline = group.querySelector(':scope > .qnet-edge-outline');
      if (item.selected && !outline) {
        const added = svgElement(doc, 'line', { class: 'qnet-edge-outline' });
        group.prepend(added);
        setLine(added, item);
      } else if (!item.selected && outline) {
        outline.remove();
      }
      if (moved) for (const line of group.querySelectorAll(':scope > line')) setLine(line, item);
      if (!previous || previous.kind !== item.kind || previous.routeColour !== item.routeColour) {
        // Kind colours come from the stylesheet (themeable); a route's colour is set on the line itself.
        const line = group.querySelector(':scope > .qnet-edge-line')!;
        const style = edgeKindStyle(item.kind);
        if (item.routeColour) line.setAttribute('stroke', item.routeColour);
        else line.removeAttribute('stroke');
        group.classList.toggle('on-route', item.routeColour !== '');
        if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
        else line.removeAttribute('stroke-dasharray');
        group.setAttribute('data-kind', item.kind);
      }
      if (!previous || previous.ariaLabel !== item.ariaLabel)
        group.setAttribute('aria-label', item.ariaLabel);
      if (!previous || previous.selected !== item.selected) {
        group.setAttribute('aria-pressed', String(item.selected));
        group.classList.toggle('selected', item.selected);
      }
      if (!previous || previous.bottleneck !== item.bottleneck)
        group.classList.toggle('bottleneck', item.bottleneck);
      if (item.showLabel || previous?.showLabel) {
        setLabel(
          group,
          item.lengthLabel,
          item.showLabel,
          (item.x1 + item.x2) / 2,
          (item.y1 + item.y2) / 2 - 5,
        );
        group.querySelector(':scope > text')?.setAttribute('class', 'qnet-edge-label');
      }
    },
    remove(group: SVGGElement): void {
      group.remove();
    },
  };
}

/** Route paths, appended to `layer`. */
export function routeRenderer(doc: Document, layer: SVGGElement): KeyedRenderer<RouteItem, SVGPathElement> {
  return {
    create(id: string, item: RouteItem): SVGPathElement {
      const path = svgElement(doc, 'path', { 'data-testid': `route-${id}`, 'aria-hidden': 'true' });
      layer.append(path);
      this.patch(path, item);
      return path;
    },
    patch(path: SVGPathElement, item: RouteItem): void {
      path.setAttribute('d', item.path);
      path.setAttribute('stroke', item.colour);
      path.setAttribute('class', `qnet-route${item.ok ? '' : ' failed'}${item.selected ? ' selected' : ''}`);
    },
    remove(path: SVGPathElement): void {
      path.remove();
    },
  };
}
