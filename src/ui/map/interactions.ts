/**
 * The editing gestures of the network view as a small state machine over abstract pointer input (what was hit
 * and where), shared by the SVG and the WebGL view and testable without a DOM:
 * - select mode: click a node or edge to select it, click empty space to clear; drag a node to move it
 *   (onMoveNode final=false while moving, final=true once on release); drag empty space to pan;
 * - add-node mode: click empty space to add a node there; nodes still select and drag;
 * - add-link mode: press on node A and release on node B, or click A then click B, to add a link (Escape or a
 *   click on empty space cancels);
 * - Enter or Space on a focused node or edge selects it.
 * Assumptions: a press that moves less than CLICK_TOLERANCE_PX is a click; the caller coalesces pointer moves
 * to one per animation frame.
 */
import type { Point } from './projection.js';
import type { EditMode, NetworkViewEvents, NodePosition } from './types.js';

/** What a pointer is over. */
export type Hit = { kind: 'node' | 'edge'; id: string } | null;

/** Screen distance under which a press-release is a click, pixels. */
export const CLICK_TOLERANCE_PX = 4;

/** What the controller needs from the view. */
export interface InteractionHost {
  readonly events: NetworkViewEvents;
  /** The NodePosition under a screen point (undefined off the map). */
  positionAt(screen: Point): NodePosition | undefined;
  /** Current screen position of a node. */
  nodeScreen(id: string): Point | undefined;
  /** Draws a node at a screen point before the shell's update arrives (undefined ends the preview). */
  previewNode(id: string, screen: Point | undefined): void;
  /** Pans the view by a screen distance (the WebGL view pans itself and ignores this). */
  pan(dx: number, dy: number): void;
  /** Shows the link being drawn from a node to a screen point, or hides it (undefined). */
  linkPreview(source: string | undefined, to: Point | undefined): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'press-node'; id: string; start: Point; grab: Point }
  | { kind: 'drag-node'; id: string; grab: Point; last: Point }
  | { kind: 'press-edge'; id: string; start: Point; last: Point; moved: boolean }
  | { kind: 'press-empty'; start: Point; last: Point; moved: boolean }
  | { kind: 'link'; source: string; start: Point; moved: boolean };

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The gesture state machine. */
export class InteractionController {
  private state: State = { kind: 'idle' };
  private currentMode: EditMode = 'select';
  /** Source chosen by a click in add-link mode, waiting for the click on the target. */
  private pendingSource: string | undefined;

  constructor(private readonly host: InteractionHost) {}

  get mode(): EditMode {
    return this.currentMode;
  }

  /** The node a link will start from (set after clicking a node in add-link mode). */
  get linkSource(): string | undefined {
    return this.state.kind === 'link' ? this.state.source : this.pendingSource;
  }

  /** True while a node is being dragged. */
  get dragging(): string | undefined {
    return this.state.kind === 'drag-node' ? this.state.id : undefined;
  }

  /** True while a press on a node, a node drag or a link gesture runs (the camera must not pan then). */
  get busy(): boolean {
    const kind = this.state.kind;
    return kind === 'press-node' || kind === 'drag-node' || kind === 'link';
  }

  setMode(mode: EditMode): void {
    this.cancel();
    this.currentMode = mode;
  }

  /** Pointer pressed. */
  down(hit: Hit, screen: Point): void {
    if (hit?.kind === 'node' && this.currentMode === 'add-link') {
      this.state = { kind: 'link', source: this.pendingSource ?? hit.id, start: screen, moved: false };
      this.host.linkPreview(this.state.source, screen);
    } else if (hit?.kind === 'node') {
      const at = this.host.nodeScreen(hit.id) ?? screen;
      this.state = {
        kind: 'press-node',
        id: hit.id,
        start: screen,
        grab: { x: at.x - screen.x, y: at.y - screen.y },
      };
    } else if (hit?.kind === 'edge') {
      this.state = { kind: 'press-edge', id: hit.id, start: screen, last: screen, moved: false };
    } else {
      this.state = { kind: 'press-empty', start: screen, last: screen, moved: false };
    }
  }

  /** Pointer moved (at most once per frame). */
  move(screen: Point): void {
    const state = this.state;
    switch (state.kind) {
      case 'press-node':
        if (distance(screen, state.start) < CLICK_TOLERANCE_PX) return;
        this.state = { kind: 'drag-node', id: state.id, grab: state.grab, last: screen };
        this.dragTo(state.id, state.grab, screen, false);
        return;
      case 'drag-node':
        this.state = { ...state, last: screen };
        this.dragTo(state.id, state.grab, screen, false);
        return;
      case 'press-edge':
      case 'press-empty':
        if (!state.moved && distance(screen, state.start) < CLICK_TOLERANCE_PX) return;
        this.host.pan(screen.x - state.last.x, screen.y - state.last.y);
        this.state = { ...state, last: screen, moved: true };
        return;
      case 'link':
        if (distance(screen, state.start) >= CLICK_TOLERANCE_PX) this.state = { ...state, moved: true };
        this.host.linkPreview(state.source, screen);
        return;
      case 'idle':
        if (this.pendingSource) this.host.linkPreview(this.pendingSource, screen);
    }
  }

  /** Pointer released over `hit`. */
  up(hit: Hit, screen: Point): void {
    const state = this.state;
    this.state = { kind: 'idle' };
    const { events } = this.host;
    switch (state.kind) {
      case 'press-node':
        events.onSelect({ kind: 'node', id: state.id });
        return;
      case 'drag-node':
        this.dragTo(state.id, state.grab, screen, true);
        this.host.previewNode(state.id, undefined);
        return;
      case 'press-edge':
        if (!state.moved) events.onSelect({ kind: 'edge', id: state.id });
        return;
      case 'press-empty':
        if (state.moved) return;
        if (this.currentMode === 'add-node') {
          const position = this.host.positionAt(screen);
          if (position) events.onAddNode(position);
        } else if (this.currentMode === 'add-link') {
          this.clearPending();
        } else {
          events.onSelect(null);
        }
        return;
      case 'link':
        this.finishLink(state.source, hit, state.moved);
        return;
      case 'idle':
    }
  }

  /** A key pressed while `hit` (a node or edge) has focus; returns true when the key was used. */
  key(key: string, hit: Hit): boolean {
    if (key === 'Escape') {
      const busy = this.state.kind !== 'idle' || this.pendingSource !== undefined;
      this.cancel();
      return busy;
    }
    if ((key === 'Enter' || key === ' ') && hit) {
      if (hit.kind === 'node' && this.currentMode === 'add-link') {
        if (this.pendingSource === undefined) {
          this.pendingSource = hit.id;
          this.host.linkPreview(hit.id, undefined);
        } else this.finishLink(this.pendingSource, hit, false);
      } else this.host.events.onSelect(hit);
      return true;
    }
    return false;
  }

  /** Abandons any gesture (a drag in progress ends where it is, as a final move). */
  cancel(): void {
    if (this.state.kind === 'drag-node') {
      const { id, grab, last } = this.state;
      this.dragTo(id, grab, last, true);
      this.host.previewNode(id, undefined);
    }
    this.state = { kind: 'idle' };
    this.clearPending();
  }

  private finishLink(source: string, hit: Hit, moved: boolean): void {
    const target = hit?.kind === 'node' ? hit.id : undefined;
    if (target !== undefined && target !== source) {
      this.clearPending();
      this.host.events.onAddEdge(source, target);
    } else if (target === source && !moved && this.pendingSource === undefined) {
      this.pendingSource = source; // click-click: wait for the target
      this.host.linkPreview(source, undefined);
    } else {
      this.clearPending();
    }
  }

  private clearPending(): void {
    this.pendingSource = undefined;
    this.host.linkPreview(undefined, undefined);
  }

  private dragTo(id: string, grab: Point, pointer: Point, final: boolean): void {
    const screen = { x: pointer.x + grab.x, y: pointer.y + grab.y };
    const position = this.host.positionAt(screen);
    if (!position) return; // off the globe: the node stays at its last position on the map
    this.host.previewNode(id, screen);
    this.host.events.onMoveNode(id, position, final);
  }
}
