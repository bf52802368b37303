import {css} from 'lit';

/**
 * The map's look, from the tokens every element shares (`src/styles.ts`), so that a page's theme, the
 * dark scheme and forced colours reach it as they reach the list. Land is the surface colour with the
 * border colour for coasts; lines and markers take the accent. The frame keeps the map's aspect (the same
 * as the placeholder's, src/twin-cities-map.styles.ts), and the drawing fills it.
 */
export const mapStyles = css`
  .frame {
    position: relative;
    aspect-ratio: var(--twin-cities-map-aspect, 3 / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
    /* The labels' font, which their layout measures here (src/map/measure.ts). */
    font-size: 0.8125em;
    font-weight: 600;
  }
  .land {
    fill: var(--_surface);
    /* Between the surface and the border colours: land that shows against the sea in either scheme. */
    fill: color-mix(in srgb, var(--_border) 55%, var(--_surface));
    stroke: var(--_border);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  .arc {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.25;
    stroke-opacity: 0.55;
    stroke-linecap: round;
  }
  .arc[part~='highlight'] {
    stroke-width: 2.5;
    stroke-opacity: 1;
  }
  .leader {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .home {
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .label,
  .count {
    fill: var(--_text);
  }
  /* A halo in the background's colour keeps a label readable over coasts and arcs. */
  .label {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .count {
    fill: var(--_on-accent);
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  /* The focus ring is drawn, as engines differ in how they outline SVG shapes. */
  .ring {
    fill: none;
    stroke: none;
    stroke-width: 2.5;
  }
  /* A highlighted marker (city, or the linked list's entry) is ringed, dashed as the list's entry is. */
  .marker[part~='highlight'] .ring {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  /* The focus ring over the highlight's. */
  .marker:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 2.5;
    stroke-dasharray: none;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    width: max-content;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    pointer-events: none;
  }
  .tooltip p,
  .tooltip ul,
  .unlocated {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .zoom-out {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
  }
  .unlocated-heading {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }

  @media (prefers-reduced-motion: no-preference) {
    /* Each arc draws itself out from the home town, once. */
    .arc {
      stroke-dasharray: 1;
      animation: twin-cities-arc 0.8s ease-out both;
    }
    @keyframes twin-cities-arc {
      from {
        stroke-dashoffset: 1;
      }
      to {
        stroke-dashoffset: 0;
      }
    }
  }

  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .arc,
    .dot {
      stroke: LinkText;
    }
    .dot {
      fill: LinkText;
    }
    .home,
    .label {
      fill: CanvasText;
    }
    .leader {
      stroke: CanvasText;
    }
    .label {
      stroke: Canvas;
    }
    .count {
      fill: Canvas;
    }
    .marker[part~='highlight'] .ring {
      stroke: CanvasText;
    }
    .marker:focus-visible .ring {
      stroke: Highlight;
    }
  }

  /* On paper the map, without what only works on a screen. */
  @media print {
    .tooltip,
    .zoom-out,
    .ring {
      display: none;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;
