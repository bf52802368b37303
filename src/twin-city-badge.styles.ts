import {css} from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
  }
  .badge {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.3;
  }
  .badge .flag {
    width: 1.667em;
    height: 1.25em;
  }
  .compact,
  .icon {
    padding: 0.25em 0.5em;
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
