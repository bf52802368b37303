import {css} from 'lit';

/** What every layout of the list shares; each layout brings its own CSS (src/layouts/). */
export const listStyles = css`
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .show-all {
    margin-block-start: 0.75em;
  }
  .pending {
    height: var(--twin-cities-height);
    overflow: hidden;
  }
`;
