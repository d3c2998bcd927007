/**
 * One entry point for all elementary-link schemes: a request tagged with its scheme goes to the matching model
 * (single-click.ts, double-click.ts, midpoint-source.ts). The network layer and transduction.ts call this so they
 * need not know the schemes individually. Physics and assumptions live in the scheme files.
 */
import { ParameterError, didYouMean } from '../core/index.js';
import { doubleClickLink, type DoubleClickLinkOptions } from './double-click.js';
import { LINK_SCHEMES, type ElementaryLink } from './elementary-link.js';
import { midpointSourceLink, type MidpointSourceLinkOptions } from './midpoint-source.js';
import { singleClickLink, type SingleClickLinkOptions } from './single-click.js';

/** A link request: the scheme name plus that scheme's options (SI units). */
export type LinkRequest =
  | ({ readonly scheme: 'single-click' } & SingleClickLinkOptions)
  | ({ readonly scheme: 'double-click' } & DoubleClickLinkOptions)
  | ({ readonly scheme: 'midpoint-source' } & MidpointSourceLinkOptions);

/**
 * Computes the elementary link for a request.
 * @throws ParameterError naming `scheme` for an unknown scheme (with a did-you-mean suggestion), or the
 * offending option of the scheme.
 */
export function generateElementaryLink(request: LinkRequest): ElementaryLink {
  switch (request.scheme) {
    case 'single-click':
      return singleClickLink(request);
    case 'double-click':
      return doubleClickLink(request);
    case 'midpoint-source':
      return midpointSourceLink(request);
    default: {
      const scheme = String((request as { scheme?: unknown }).scheme);
      throw new ParameterError(
        'scheme',
        `unknown scheme "${scheme}"; expected one of ${LINK_SCHEMES.join(', ')}${didYouMean(scheme, LINK_SCHEMES)}`,
      );
    }
  }
}
