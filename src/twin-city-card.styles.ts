import {css} from 'lit';

/** The card, alone or as an entry of the list's grid. */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .card p {
    margin: 0;
  }
  .card-title {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .card-title .flag {
    width: 2em;
    height: 1.5em;
    align-self: center;
  }
  .card .name {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .history-title {
    margin-top: 0.5em;
    font-weight: 700;
  }
  /* The history as a small timeline: a line, and a dot in the accent colour for each event. */
  .history {
    margin: 0;
    padding-inline-start: 1.25em;
    border-inline-start: 0.125em solid var(--_border);
    list-style: disc;
  }
  .history li {
    padding-block: 0.25em;
  }
  .history li::marker {
    color: var(--_accent);
  }
  .card .website {
    margin-top: auto;
    align-self: flex-start;
  }
  /* The placeholder: a card's usual height. */
  .skeleton {
    height: 16em;
  }
`;
