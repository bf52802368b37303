import {css, type CSSResultGroup, type CSSResultOrNative} from 'lit';

/**
 * What every element shares. The page gives the widget only its font (family and size); every other
 * property is reset on `.root` (`all: initial`), so that no page CSS reaches inside, and every size is in
 * `em`, never `rem`, so that a page's `html {font-size: 62.5%}` does not shrink it.
 *
 * Without a `theme` the widget looks like the page's own content: `--_themed` is invalid, and so are the
 * colours made with it, so that text, links and buttons take the page's text colour (as legible as the page's
 * own text), no background is drawn, and buttons are outlined. A `theme` sets `--_themed` to nothing: the widget has colours of its own, whose pairs, light and dark,
 * meet WCAG AA contrast on its own background, with padding; `light-dark()` picks one by `color-scheme`, which
 * follows the visitor's system unless `theme` fixes it. Borders and the placeholder are the text colour, faint, in
 * both. Each colour is a `--twin-cities-*` property that wins over these.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_themed: initial;
    --_text: var(--twin-cities-text, var(--_themed) light-dark(#1f2328, #e6edf3));
    --_muted: var(--twin-cities-muted, var(--_themed) light-dark(#57606a, #9da7b3));
    --_background: var(--twin-cities-background, var(--_themed) light-dark(#ffffff, #161b22));
    --_surface: var(--twin-cities-surface, color-mix(in srgb, currentColor 10%, transparent));
    --_border: var(--twin-cities-border, color-mix(in srgb, currentColor 30%, transparent));
    --_accent: var(--twin-cities-accent, var(--_themed) light-dark(#0b5cad, #79b8ff));
    --_on-accent: var(--twin-cities-on-accent, var(--_themed) light-dark(#ffffff, #0d1117));
    --_error: var(--twin-cities-error, light-dark(#b3261e, #ff9b93));
    --_radius: var(--twin-cities-radius, 0.5em);
    --_gap: var(--twin-cities-gap, 1em);
    --_focus: var(--twin-cities-focus, var(--_accent));
  }
  :host([theme]) {
    --_themed: ;
  }
  /* The scheme is set on the widget's own content, not on the host, so that the page's fallback content keeps the page's. */
  :host([theme='light']) .root {
    color-scheme: light;
  }
  :host([theme='dark']) .root {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  .root {
    all: initial;
    display: block;
    /* The one inherited property kept: a page that hides a container (an accordion, an off-canvas menu) hides the widget in it. */
    visibility: inherit;
    color-scheme: light dark;
    font-family: var(--twin-cities-font, inherit);
    font-size: inherit;
    line-height: 1.5;
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_background);
    /* With a theme only: its own background has room around the content. */
    padding: var(--_themed) 1em;
    border-radius: var(--_radius);
  }
  /* Nothing to show yet but the page's pre-rendered content, in the slot (src/render.ts). */
  .root:empty {
    display: none;
  }
  /* Inside the content only: the page's fallback content, in the slot, keeps the page's box model. */
  .root * {
    box-sizing: border-box;
  }

  a {
    color: var(--_accent);
  }
  /* The colour apart: a browser without light-dark() (Safari before 17.5) drops only it, and keeps the ring. */
  :focus-visible {
    outline: 0.1875em solid;
    outline-color: var(--_focus);
    outline-offset: 0.125em;
    border-radius: 0.125em;
  }

  .button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid;
    border-color: var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding: 0.75em 1em;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0;
    flex: 1 1 16em;
  }

  /* Feed text is isolated, so that a stray right-to-left mark in a name cannot reorder the words around it. */
  .root span {
    unicode-bidi: isolate;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* How a partner's name and secondary text look, in every element. */
  .name {
    font-weight: 700;
  }
  .native,
  .former,
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  .native,
  .former {
    font-size: 0.875em;
  }

  .flag {
    flex: none;
    width: 1.333em;
    height: 1em;
    object-fit: cover;
    vertical-align: -0.125em;
    border-radius: 0.125em;
    outline: 1px solid #0002;
  }

  /* A still placeholder: no shimmer, so nothing moves for visitors who would rather it did not. */
  .skeleton {
    display: block;
    border-radius: 0.25em;
    background: var(--_surface);
  }

  @media (forced-colors: active) {
    .root {
      border: 1px solid CanvasText;
    }
    .flag {
      outline: 1px solid CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
    .button {
      border-color: ButtonText;
    }
  }

  @media print {
    .root {
      color: #000;
      background: none;
    }
    a.website::after {
      content: ' (' attr(href) ')';
    }
    .button,
    .skeleton {
      display: none;
    }
  }
`;

/** Adds CSS that arrived after the element's own (a layout's, from its chunk) to its shadow root, once. */
export function adopt(root: Node, styles: CSSResultGroup | undefined) {
  const shadow = root as ShadowRoot;
  for (const style of [styles ?? []].flat(9) as CSSResultOrNative[]) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet!;
    if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }
}
