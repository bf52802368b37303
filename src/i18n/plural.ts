import {intl} from '../intl.js';
import type {Locale} from './locale.js';
import type {Plural} from './messages.js';

/**
 * A count in words, in the form the locale's grammar takes for it ("1 twin city", "5 городов-побратимов"),
 * `#` written as the locale writes numbers. Apart from `Locale`, as only the features in chunks count things.
 */
export function plural(locale: Locale, count: number, forms: Plural): string {
  return (forms[intl(Intl.PluralRules, locale.lang).select(count)] ?? forms.other).replace('#', locale.number(count));
}
