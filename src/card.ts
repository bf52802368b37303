// A partner as a card: the whole content of <twin-city-card>, and one entry of the list's grid. A chunk of
// its own, loaded by the pages that show a card or a grid.
import {css, html, nothing, type TemplateResult} from 'lit';
import type {FeedComplete} from './feed/controller.js';
import type {Partner, Place} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {distanceKm} from './distance.js';
import {placeName, renderFlag, renderFormerName, renderName, renderProblem, renderRelation, renderText} from './partner.js';

function renderCard(partner: Partner, home: Place, locale: Locale, level: number): TemplateResult {
  const {t} = locale;
  const km = distanceKm(home, partner);
  return html`<article class="card" part="card">
    <div class="card-title">
      ${renderFlag(partner.country, locale)}
      <div class="name" part="name" role="heading" aria-level=${level}>${renderName(partner, locale)}</div>
    </div>
    ${partner.formerName ? html`<p>${renderFormerName(partner, locale)}</p>` : nothing}
    <p class="muted" part="country">${locale.country(partner.country)}${partner.region ? html`, ${renderText(partner.region, locale)}` : nothing}</p>
    <p>${renderRelation(partner, locale)}</p>
    ${partner.summary ? html`<p>${renderText(partner.summary, locale, 'summary')}</p>` : nothing}
    ${km === undefined ? nothing : html`<p class="muted" part="distance">${t.distance(
      locale.number(km, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0}), placeName(home, locale))}</p>`}
    ${partner.history?.length ? html`
      <div class="history-title" role="heading" aria-level=${Math.min(level + 1, 6)}>${t.history}</div>
      <ol class="history" part="history" role="list">
        ${partner.history.map((event) => html`<li part="event">
          <time datetime=${event.date}>${locale.date(event.date)}</time>: ${t.event[event.type]}${event.actor
            ? `, ${t.proposedBy(locale.text(event.actor))}` : ''}${event.text ? html`<br />${renderText(event.text, locale)}` : nothing}
        </li>`)}
      </ol>` : nothing}
    ${partner.url ? html`<a class="website" part="link" href=${partner.url} rel="noopener noreferrer">${t.website}<span
        class="visually-hidden">: ${placeName(partner, locale)}</span></a>` : nothing}
  </article>`;
}

export default {
  render: renderCard,
  /** <twin-city-card>'s content: the card of partner `city`, or the alert that the feed has no such partner. */
  renderCity(city: string | undefined, {feed, locale}: FeedComplete, level: number) {
    const partner = feed.partners.find((p) => p.id === city);
    return partner ? renderCard(partner, feed.home, locale, level) : renderProblem(locale.t.unknownCity(city ?? ''));
  },
  styles: css`
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
  `,
};
