import type {Locale} from './locale.js';
import type {Plural} from './messages.js';

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count in words, in the form the locale's grammar takes for it ("1 twin city", "5 городов-побратимов"),
 * `#` written as the locale writes numbers. Apart from `Locale`, as only the features in chunks count things.
 */
export function plural(locale: Locale, count: number, forms: Plural): string {
  let rule = rules.get(locale.lang);
  if (!rule) rules.set(locale.lang, (rule = new Intl.PluralRules(locale.lang)));
  return (forms[rule.select(count)] ?? forms.other).replace('#', locale.number(count));
}
