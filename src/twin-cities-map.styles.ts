import {css} from 'lit';

/**
 * The map's own CSS comes with its chunk (src/map/styles.ts); this is the placeholder, which reserves the
 * map's space: its width, and its height by the map's aspect ratio, which the map keeps at every size.
 */
export const mapStyles = css`
  .skeleton {
    aspect-ratio: var(--twin-cities-map-aspect, 3 / 2);
  }
`;
