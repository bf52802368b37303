// The compact layout: one line of flags and links, for a footer or a sidebar.
import {css, html} from 'lit';
import {renderFlag, renderLink} from '../partner.js';
import {renderItems, type Layout} from './layout.js';

export default {
  render: ({partners, locale, label}) =>
    renderItems('compact', partners, (partner) => html`${renderFlag(partner.country, locale)}${renderLink(partner, locale)}`, label),
  styles: css`
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
  `,
} satisfies Layout;
