import {css} from 'lit';

/** The badge's own CSS comes with its template (src/badge.ts); this is the host and the placeholder. */
export const badgeStyles = css`
  :host {
    display: inline-block;
  }
  /* The placeholder: the full badge's size, or one line. */
  .skeleton {
    width: 14em;
    height: 3.65em;
  }
  :host([variant]) .skeleton {
    width: 4.6em;
    height: 1.85em;
  }
`;
