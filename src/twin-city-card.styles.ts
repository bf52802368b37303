import {css} from 'lit';

/** The card's own CSS comes with its template (src/card.ts); this is the placeholder, a card's usual height. */
export const cardStyles = css`
  .skeleton {
    height: 16em;
  }
`;
