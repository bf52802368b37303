import type {IntlFallback} from './format.js';

const DATA: Record<string, () => Promise<{default: IntlFallback}>> = {
  bg: () => import('./bg.js'),
  el: () => import('./el.js'),
  en: () => import('./en.js'),
  id: () => import('./id.js'),
  mk: () => import('./mk.js'),
  ru: () => import('./ru.js'),
  sr: () => import('./sr.js'),
  'sr-Latn': () => import('./sr-Latn.js'),
  tr: () => import('./tr.js'),
};

/** CLDR's formatting for one of the widgets' languages, standing in for a browser's `Intl`. */
export const load = async (lang: string) => (await DATA[lang]!()).default;
