// Intl's objects are costly to make (the first DisplayNames loads the browser's region data) and cheap to
// use: each is made once per kind, language and options, when first needed, and shared by every widget
// and by the feed's validation.
const made = new Map<string, unknown>();

export function intl<T, O>(kind: new (lang: string, options: O) => T, lang: string, options?: O): T {
  const key = `${kind.name} ${lang} ${JSON.stringify(options)}`;
  let object = made.get(key) as T | undefined;
  if (!object) made.set(key, (object = new kind(lang, options!)));
  return object;
}
