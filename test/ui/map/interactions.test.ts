/**
 * The gesture state machine with a fake view: select, drag (one final move), pan, add node, add link by drag or
 * by two clicks, keyboard selection, Escape.
 */
import { describe, expect, it } from 'vitest';
import { CLICK_TOLERANCE_PX, InteractionController, type Hit } from '../../../src/ui/map/interactions.js';
import type { Point } from '../../../src/ui/map/projection.js';

function setup() {
  const calls: string[] = [];
  const pans: Point[] = [];
  const previews = new Map<string, Point>();
  let linkSource: string | undefined;
  const controller = new InteractionController({
    events: {
      onSelect: (selection) =>
        calls.push(`select ${selection ? `${selection.kind}:${selection.id}` : 'null'}`),
      onAddNode: (position) => calls.push(`add ${JSON.stringify(position)}`),
      onMoveNode: (id, position, final) => calls.push(`move ${id} ${JSON.stringify(position)} ${final}`),
      onAddEdge: (source, target) => calls.push(`link ${source}-${target}`),
    },
    // A plane where world = screen / 2.
    positionAt: (screen) => (screen.x < 0 ? undefined : { x: screen.x / 2, y: screen.y / 2 }),
    nodeScreen: (id) => (id === 'a' ? { x: 100, y: 100 } : { x: 300, y: 100 }),
    previewNode: (id, screen) => (screen ? previews.set(id, screen) : previews.delete(id)),
    pan: (dx, dy) => pans.push({ x: dx, y: dy }),
    linkPreview: (source) => (linkSource = source),
  });
  return { controller, calls, pans, previews, linkSource: () => linkSource };
}

const A: Hit = { kind: 'node', id: 'a' };
const B: Hit = { kind: 'node', id: 'b' };
const E: Hit = { kind: 'edge', id: 'e' };

describe('InteractionController', () => {
  it('selects nodes and edges on click and clears on a click on empty space', () => {
    const { controller, calls } = setup();
    controller.down(A, { x: 101, y: 99 });
    controller.up(A, { x: 102, y: 99 });
    controller.down(E, { x: 200, y: 100 });
    controller.up(E, { x: 200, y: 100 });
    controller.down(null, { x: 10, y: 10 });
    controller.up(null, { x: 10, y: 10 });
    expect(calls).toEqual(['select node:a', 'select edge:e', 'select null']);
  });

  it('drags a node keeping the grab offset: moves are not final, the release is final once', () => {
    const { controller, calls, previews } = setup();
    controller.down(A, { x: 104, y: 98 }); // grabbed 4 px right of and 2 px above the centre
    controller.move({ x: 105, y: 98 }); // under the click tolerance: nothing yet
    expect(calls).toEqual([]);
    controller.move({ x: 124, y: 98 });
    expect(controller.dragging).toBe('a');
    expect(controller.busy).toBe(true);
    expect(previews.get('a')).toEqual({ x: 120, y: 100 });
    controller.move({ x: 144, y: 118 });
    controller.up(B, { x: 144, y: 118 });
    expect(calls).toEqual([
      'move a {"x":60,"y":50} false',
      'move a {"x":70,"y":60} false',
      'move a {"x":70,"y":60} true',
    ]);
    expect(previews.size).toBe(0);
    expect(controller.dragging).toBeUndefined();
  });

  it('keeps a node where it was when dragged off the map', () => {
    const { controller, calls } = setup();
    controller.down(A, { x: 100, y: 100 });
    controller.move({ x: -50, y: 100 });
    controller.up(null, { x: -50, y: 100 });
    expect(calls).toEqual([]);
  });

  it('pans on a drag over empty space (or an edge) without selecting', () => {
    const { controller, calls, pans } = setup();
    controller.down(null, { x: 10, y: 10 });
    controller.move({ x: 30, y: 15 });
    controller.move({ x: 40, y: 25 });
    controller.up(null, { x: 40, y: 25 });
    controller.down(E, { x: 0, y: 0 });
    controller.move({ x: 0, y: CLICK_TOLERANCE_PX + 1 });
    controller.up(E, { x: 0, y: CLICK_TOLERANCE_PX + 1 });
    expect(pans).toEqual([
      { x: 20, y: 5 },
      { x: 10, y: 10 },
      { x: 0, y: CLICK_TOLERANCE_PX + 1 },
    ]);
    expect(calls).toEqual([]);
  });

  it('adds a node on a click on empty space in add-node mode, but not after a pan', () => {
    const { controller, calls } = setup();
    controller.setMode('add-node');
    controller.down(null, { x: 50, y: 80 });
    controller.up(null, { x: 50, y: 80 });
    controller.down(null, { x: 50, y: 80 });
    controller.move({ x: 90, y: 80 });
    controller.up(null, { x: 90, y: 80 });
    controller.down(A, { x: 100, y: 100 });
    controller.up(A, { x: 100, y: 100 });
    expect(calls).toEqual(['add {"x":25,"y":40}', 'select node:a']);
  });

  it('adds a link by pressing on one node and releasing on another', () => {
    const { controller, calls, linkSource } = setup();
    controller.setMode('add-link');
    controller.down(A, { x: 100, y: 100 });
    expect(linkSource()).toBe('a');
    controller.move({ x: 200, y: 100 });
    controller.up(B, { x: 300, y: 100 });
    expect(calls).toEqual(['link a-b']);
    expect(linkSource()).toBeUndefined();
    // Released on empty space or on the same node after moving: no link.
    controller.down(A, { x: 100, y: 100 });
    controller.move({ x: 200, y: 100 });
    controller.up(null, { x: 200, y: 100 });
    expect(calls).toEqual(['link a-b']);
  });

  it('adds a link by clicking one node and then another; Escape or a click on empty space cancels', () => {
    const { controller, calls, linkSource } = setup();
    controller.setMode('add-link');
    controller.down(A, { x: 100, y: 100 });
    controller.up(A, { x: 100, y: 100 });
    expect(controller.linkSource).toBe('a');
    controller.down(B, { x: 300, y: 100 });
    controller.up(B, { x: 300, y: 100 });
    expect(calls).toEqual(['link a-b']);
    controller.down(A, { x: 100, y: 100 });
    controller.up(A, { x: 100, y: 100 });
    expect(controller.key('Escape', null)).toBe(true);
    expect(linkSource()).toBeUndefined();
    controller.down(A, { x: 100, y: 100 });
    controller.up(A, { x: 100, y: 100 });
    controller.down(null, { x: 5, y: 5 });
    controller.up(null, { x: 5, y: 5 });
    expect(controller.linkSource).toBeUndefined();
    expect(calls).toEqual(['link a-b']);
  });

  it('selects with Enter or Space on a focused item and links by keyboard in add-link mode', () => {
    const { controller, calls } = setup();
    expect(controller.key('Enter', A)).toBe(true);
    expect(controller.key(' ', E)).toBe(true);
    expect(controller.key('Enter', null)).toBe(false);
    expect(controller.key('x', A)).toBe(false);
    expect(controller.key('Escape', null)).toBe(false);
    controller.setMode('add-link');
    controller.key('Enter', A);
    controller.key('Enter', B);
    expect(calls).toEqual(['select node:a', 'select edge:e', 'link a-b']);
  });

  it('ends a drag with a final move when the mode changes mid-drag', () => {
    const { controller, calls } = setup();
    controller.down(A, { x: 100, y: 100 });
    controller.move({ x: 120, y: 100 });
    controller.setMode('add-node');
    expect(calls).toEqual(['move a {"x":60,"y":50} false', 'move a {"x":60,"y":50} true']);
    expect(controller.mode).toBe('add-node');
  });
});
