// What only some widgets need (a layout, the search) is either a value in the core or a chunk loaded on
// demand; code that uses it asks for it the same way in both cases.
export type OnDemand<T extends object> = T | Chunk<T>;
type Chunk<T> = () => Promise<{default: T}>;

const arrived = new Map<Chunk<unknown>, unknown>();

/** The module, when it is in the core or its chunk has arrived; `undefined` while it loads. */
export function ready<T extends object>(module: OnDemand<T>): T | undefined {
  return typeof module === 'function' ? (arrived.get(module as Chunk<T>) as T | undefined) : module;
}

/** The module, loading its chunk the first time it is asked for. */
export async function load<T extends object>(module: OnDemand<T>): Promise<T> {
  if (typeof module !== 'function') return module;
  const {default: value} = await (module as Chunk<T>)();
  arrived.set(module as Chunk<T>, value);
  return value;
}
