import {css} from 'lit';

/**
 * The map's own CSS comes with its chunk (src/map/styles.ts); this is the host and the placeholder, which
 * reserves the map's space: its width, and its height by the map's aspect ratio, which the map keeps at every
 * size. A map always has colours of its own (sea, land, lines, labels on halos), the light or the dark pair by
 * the visitor's scheme or `theme`: unlike a list, it cannot take the page's text colour for all of them.
 */
export const mapStyles = css`
  :host {
    --_themed: ;
  }
  /* The map's own frame draws its edge: no room around it. */
  .root {
    padding: 0;
  }
  .skeleton {
    aspect-ratio: var(--twin-cities-map-aspect, 3 / 2);
  }
`;
