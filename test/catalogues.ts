// Every language's messages, as the tests that check a widget's words expect them: loaded from the widgets'
// own catalogue (the one list of the languages) before the test file runs. Apart from the harness, so that
// tests about when a language loads start with none loaded.
import {CATALOGUES as LOADERS, LANGUAGES} from '../src/i18n/locale.js';
import type {Messages} from '../src/i18n/messages.js';

export const CATALOGUES: Record<string, Messages> = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, (await LOADERS[lang]!()).default] as const)));
