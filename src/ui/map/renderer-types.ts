/**
 * The seam between the network view's shared logic (layout, viewport, scene, gestures: network-view-core.ts)
 * and its two renderers (svg-view.ts, sigma-view.ts). Types only.
 */
import type { GeoProjection } from 'd3-geo';
import type { DiffStats } from './keyed-diff.js';
import type { Hit } from './interactions.js';
import type { Point } from './projection.js';
import type { Scene } from './scene.js';
import type { Viewport } from './viewport.js';

/** Pointer input a renderer forwards to the core (screen pixels relative to the view's top-left corner). */
export interface PointerSink {
  down(hit: Hit, screen: Point): void;
  /** Coalesced by the core to one per animation frame. */
  move(screen: Point): void;
  up(hit: Hit, screen: Point): void;
  /** Wheel zoom by a factor around a screen point (the SVG view; the WebGL view zooms itself). */
  zoom(factor: number, anchor: Point): void;
  key(key: string, hit: Hit): boolean;
  /** True while a node press, node drag or link gesture runs (the WebGL view must not pan its camera then). */
  busy(): boolean;
  /** The WebGL view's camera moved: the core re-reads the viewport for the basemap and for positions. */
  cameraChanged(): void;
}

/** What the core asks of a renderer. */
export interface SceneRenderer {
  readonly kind: 'svg' | 'webgl';
  /**
   * Whether the scene it draws is in screen pixels through the core's viewport ('screen', SVG) or in world
   * pixels with the renderer's own camera ('world', WebGL).
   */
  readonly space: 'screen' | 'world';
  /** Size of the drawing area, pixels. */
  size(): { width: number; height: number };
  /** Coastlines for a geo layout (undefined: a plain canvas). */
  setBasemap(projection: GeoProjection | undefined): void;
  /** Applies a viewport (the SVG view moves the basemap; the WebGL view sets its camera). */
  setViewport(view: Viewport): void;
  /**
   * Shows a pan/zoom relative to the last drawn scene as a transform of the drawing (screen = drawn x scale +
   * (dx, dy)) without redrawing, or removes it (undefined). Renderers with their own camera ignore it.
   */
  setTransient(transform: { scale: number; dx: number; dy: number } | undefined): void;
  /** The renderer's current viewport (the WebGL camera as a viewport), or undefined to keep the core's. */
  readViewport(): Viewport | undefined;
  /**
   * Marks the items that change every frame (a dragged node and its edges), so the renderer can keep them apart
   * from the static rest; empty lists end it.
   */
  setActive(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  /** Draws a scene (keyed diff against the last one). */
  draw(scene: Scene): { nodes: DiffStats; edges: DiffStats; routes: DiffStats };
  /** The link being drawn, in screen pixels, or undefined to hide it; `source` is outlined. */
  linkPreview(source: string | undefined, from: Point | undefined, to: Point | undefined): void;
  setMode(mode: string): void;
  destroy(): void;
}
