// The grid layout: each partner as a card, as many columns as fit. A chunk of its own (with the card's),
// loaded only by lists with `layout="grid"`.
import {css} from 'lit';
import card from '../card.js';
import {renderSkeletonRows, type Layout} from './layout.js';

export default {
  name: 'grid',
  item: (partner, {home, locale, level}) => card.render(partner, home, locale, level),
  skeleton: (rows) => renderSkeletonRows('grid', rows),
  styles: [
    card.styles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
        gap: var(--_gap);
      }
      .grid .skeleton {
        height: 16em;
      }
    `,
  ],
} satisfies Layout;
