// The grid layout: each partner as a card, as many columns as fit. A chunk of its own (with the card's),
// loaded only by lists with `layout="grid"`.
import {css} from 'lit';
import card from '../card.js';
import {renderItems, renderSkeletonRows, type Layout} from './layout.js';

export default {
  render: ({partners, home, locale, label, level}) => renderItems('grid', partners, (partner) => card.render(partner, home, locale, level), label),
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
