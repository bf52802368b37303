// The elements that the page's bundle defines only once the page shows one (src/when-present.ts): their class
// and their code are chunks, requested together.
export const ON_DEMAND: Record<string, () => Promise<unknown>> = {
  'twin-cities-map': () => Promise.all([import('./define/twin-cities-map.js'), import('./map/index.js')]),
};
