import {css} from 'lit';

export const listStyles = css`
  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: none;
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .count {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list > li {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding-block: 0.625em;
    border-block-end: 1px solid var(--_border);
  }
  .list > li:last-child {
    border-block-end: 0;
  }
  .list .flag {
    margin-block-start: 0.25em;
  }
  .former,
  .meta {
    display: block;
  }
  .meta {
    font-size: 0.875em;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_gap);
  }

  .compact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .compact > li {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
  }

  .year {
    margin: 1em 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .year:first-child {
    margin-block-start: 0;
  }
  .timeline {
    margin-inline-start: 0.375em;
    padding-inline-start: 1em;
    border-inline-start: 0.125em solid var(--_accent);
  }

  .show-all {
    margin-block-start: 0.75em;
  }
  /* Placeholders: an entry's two lines (the name, and the smaller line of country and date), or a card. */
  .list .skeleton {
    flex: 1;
    height: calc(1.5em + 0.875em * 1.5);
  }
  .grid .skeleton {
    height: 16em;
  }
`;
