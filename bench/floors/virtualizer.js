// The virtualizer floor: Lit and @lit-labs/virtualizer rendering the same entries, keyed by id; only
// those near the viewport are in the DOM. What the widget could reach by rendering only what is visible.
import {html, nothing, render} from 'lit';
import {virtualize} from '@lit-labs/virtualizer/virtualize.js';
import {byCountry, byDate, prepare, search} from './rows.js';

const list = document.getElementById('list');
const input = document.getElementById('search');
const count = document.getElementById('count');
const feed = await (await fetch(list.dataset.src)).json();
const {rows, collator} = prepare(feed, '/data/flags/');
let order = byDate(rows);

const entry = (row) => html`<li data-id=${row.id}><img class="flag" src=${row.flag} alt=${`Flag of ${row.country}`} loading="lazy"
  ><span><span class="name">${row.url ? html`<a href=${row.url} rel="noopener noreferrer">${row.name}</a>` : row.name}${
  row.own ? html` <span class="native" lang=${row.lang}>${row.own}</span>` : nothing}</span>${
  row.formerName ? html` <span class="former">formerly ${row.formerName}</span>` : nothing}
  <span class="meta"><span>${row.country}</span> · <span>${row.relation}</span>${
  row.date ? html` <time datetime=${row.since}>since ${row.date}</time>` : nothing}${
  row.inactive ? html` <span>(no longer active)</span>` : nothing}</span></span></li>`;

function show() {
  const found = search(order, input.value);
  count.textContent = `${found.length.toLocaleString('en')} twin cities`;
  render(html`${virtualize({items: found, renderItem: entry, keyFunction: (row) => row.id})}`, list);
}

input.addEventListener('input', show);
window.benchSort = (sort) => {
  order = sort === 'country' ? byCountry(rows, collator) : byDate(rows);
  show();
};
show();
