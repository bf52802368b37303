// The compact layout: one line of flags and links, for a footer or a sidebar.
import {css, html} from 'lit';
import {renderFlag, renderLink} from '../partner.js';
import type {Layout} from './layout.js';

export default {
  name: 'compact',
  item: (partner, {locale}) => html`${renderFlag(partner.country, locale)}${renderLink(partner, locale)}`,
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
