/**
 * The coastline layer both renderers put under the network: an SVG with the globe (sea) and the land, drawn once
 * per projection in world pixels and placed on screen by the viewport transform. Hidden from assistive
 * technology (context only) and from the pointer. A tight view first shows the bundled 1:110m land and redraws
 * with the 1:50m land when that has loaded (if the projection is still the current one).
 */
import type { GeoProjection } from 'd3-geo';
import { detailedLandFeature, landDetailFor, landPath, loadDetailedLand, spherePath } from './basemap.js';
import { svgElement } from './svg-items.js';
import type { Viewport } from './viewport.js';

/** A coastline layer. */
export interface BasemapLayer {
  readonly element: SVGSVGElement;
  /** Draws the coastlines in a projection, or clears them (undefined: a plain canvas). */
  setProjection(projection: GeoProjection | undefined): void;
  /** Places the world pixels on screen. */
  setViewport(view: Viewport): void;
}

/** Creates a coastline layer (not yet in the document). */
export function createBasemapLayer(doc: Document): BasemapLayer {
  const element = svgElement(doc, 'svg', { class: 'qnet-svg-base', 'aria-hidden': 'true' });
  const group = svgElement(doc, 'g', { class: 'qnet-basemap-layer' });
  const sphere = svgElement(doc, 'path', { class: 'qnet-sphere' });
  const land = svgElement(doc, 'path', { class: 'qnet-land' });
  group.append(sphere, land);
  element.append(group);
  let current: GeoProjection | undefined;
  return {
    element,
    setProjection(projection) {
      current = projection;
      sphere.setAttribute('d', projection ? spherePath(projection) : '');
      if (!projection) {
        land.setAttribute('d', '');
        return;
      }
      const wantsDetail = landDetailFor(projection) === '50m';
      const detailed = wantsDetail ? detailedLandFeature() : undefined;
      land.setAttribute('d', landPath(projection, detailed));
      element.dataset['land'] = detailed ? '50m' : '110m';
      if (wantsDetail && !detailed) {
        void loadDetailedLand().then(
          (loaded) => {
            if (current !== projection) return;
            land.setAttribute('d', landPath(projection, loaded));
            element.dataset['land'] = '50m';
          },
          () => undefined, // the coarse coastline stays: it is context only
        );
      }
    },
    setViewport(view) {
      group.setAttribute('transform', `translate(${view.offsetX} ${view.offsetY}) scale(${view.scale})`);
    },
  };
}
