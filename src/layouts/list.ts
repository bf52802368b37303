// The list's default layout: one entry a row, with its flag, name, country and relation.
import {css} from 'lit';
import {renderEntry} from '../partner.js';
import {renderSkeletonRows, type Layout} from './layout.js';

export default {
  name: 'list',
  item: (partner, {locale}) => renderEntry(partner, locale),
  skeleton: (rows) => renderSkeletonRows('list', rows),
  styles: css`
    .list > li {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
      padding-block: 0.625em;
      border-block-end: 1px solid var(--_border);
    }
    /* Rows after the first screenful are laid out and painted only when scrolled to, each the size of a row of one
       line for the name and one for the country and date until then (what the first rows show is exact at once).
       Printing shows them all. */
    @media screen {
      .list > li:nth-child(n+13) {
        content-visibility: auto;
        contain-intrinsic-size: auto 2.8125em;
      }
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
    /* An entry's two lines: the name (1.5em), and the smaller line of country and date (0.875em × 1.5). */
    .list .skeleton {
      flex: 1;
      height: 2.8125em;
    }
  `,
} satisfies Layout;
