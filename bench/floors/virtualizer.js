// The virtualizer floor: Lit and @lit-labs/virtualizer rendering the same entries, keyed by id; only
// those near the viewport are in the DOM. What the widget could reach by rendering only what is visible.
import {html, nothing, render} from 'lit';
import {virtualize} from '@lit-labs/virtualizer/virtualize.js';
import {floor} from './rows.js';

const entry = (row) => html`<li data-id=${row.id}><img class="flag" src=${row.flag} alt=${`Flag of ${row.country}`} loading="lazy"
  ><span><span class="name">${row.url ? html`<a href=${row.url} rel="noopener noreferrer">${row.name}</a>` : row.name}${
  row.own ? html` <span class="native" lang=${row.lang}>${row.own}</span>` : nothing}</span>${
  row.formerName ? html` <span class="former">formerly ${row.formerName}</span>` : nothing}
  <span class="meta"><span>${row.country}</span> · <span>${row.relation}</span>${
  row.date ? html` <time datetime=${row.since}>since ${row.date}</time>` : nothing}${
  row.inactive ? html` <span>(no longer active)</span>` : nothing}</span></span></li>`;

await floor((found, list) => render(html`${virtualize({items: found, renderItem: entry, keyFunction: (row) => row.id})}`, list));
