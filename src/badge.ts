// The badge's template: "twinned with …", linking back to the home town. A chunk of its own, as only partner
// towns' pages show badges.
import {css, html, nothing} from 'lit';
import type {FeedComplete} from './feed/controller.js';
import {httpUrl} from './feed/validate.js';
import {placeName, renderFlag, renderProblem, renderText} from './partner.js';

export type BadgeVariant = 'full' | 'compact' | 'icon';

/** What the badge is asked to show: its element's attributes. */
export interface BadgeOptions {
  readonly city?: string | undefined;
  readonly homeName?: string | undefined;
  readonly variant?: BadgeVariant | undefined;
  /** Overrides the home town's site as the link, where it is an http(s) URL. */
  readonly href?: string | undefined;
}

export default {
  render({city, homeName, variant = 'full', href}: BadgeOptions, {feed: {home, partners}, locale}: FeedComplete) {
    const {t} = locale;
    // From attributes, the one partner is this town (`city` is not needed), unless its `country` was refused.
    const partner = homeName ? partners[0] : partners.find((p) => p.id === city);
    if (!partner) return renderProblem(homeName ? t.failed(t.errors.invalid('country')) : t.unknownCity(city ?? ''));

    const url = httpUrl(href);
    const link = typeof url === 'string' ? url : home.url;
    const where = `${placeName(home, locale)}, ${locale.country(home.country)}`;
    const since = partner.since ? t.since(locale.date(partner.since)) : '';
    // In the icon the flags are decoration: the words, the link's text, say it all.
    const alt = (country: string) => (variant === 'icon' ? '' : t.flag(locale.country(country)));
    const flags = html`<span class="flags">${renderFlag(partner.country, locale, alt(partner.country))}${
      renderFlag(home.country, locale, alt(home.country))}</span>`;

    if (variant === 'icon') {
      // The words are the link's name for screen readers, and its tooltip for the pointer.
      const words = `${t.relation[partner.relation]}: ${where}${since && ` (${since})`}`;
      return html`<a class="badge icon" part="badge link" href=${link ?? nothing} title=${words} rel="noopener noreferrer">${
        flags}<span class="visually-hidden">${words}</span></a>`;
    }
    const name = link
      ? html`<a part="name link" class="website" href=${link} rel="noopener noreferrer">${renderText(home.name, locale)}</a>`
      : renderText(home.name, locale, 'name');
    return html`<p class="badge ${variant}" part="badge">${flags}<span><span part="relation">${t.relation[partner.relation]}</span>:
      <strong>${name}</strong>${variant === 'full' ? html`<span class="muted">,
      <span part="country">${locale.country(home.country)}</span></span>${since ? html`<br /><time class="muted" part="date"
        datetime=${partner.since}>${since}</time>` : nothing}` : nothing}</span></p>`;
  },

  styles: css`
    .badge {
      display: inline-flex;
      gap: 0.5em;
      align-items: center;
      margin: 0;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      line-height: 1.3;
    }
    .badge .flag {
      width: 1.667em;
      height: 1.25em;
    }
    .compact,
    .icon {
      padding: 0.25em 0.5em;
    }
  `,
};
