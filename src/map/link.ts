// <twin-cities-map for="partners"> beside <twin-cities-list id="partners">: an entry of the list under the
// pointer or in focus highlights its partner on the map, and a marker of the map its entries in the list.
// The map does it all, from what the list documents of itself: its entries are `part="item"` elements with
// `data-id`, in an open shadow root. The list has no code for it, and a page without a map loads none.
import {adopt} from '../styles.js';

type Host = HTMLElement & {readonly htmlFor?: string | undefined; requestUpdate(): void};

const EVENTS = ['pointerover', 'pointerout', 'focusin', 'focusout'] as const;

/**
 * The map's side of the link: finds the list by its id in the map's own root (the document, or the shadow
 * root the map is in), again whenever that root changes, so that a list added after the map, replaced or
 * removed is followed; listens to its entries; and highlights entries through a stylesheet it adopts into
 * the list's shadow root, in the list's accent colour, with a dashed outline that shows without colour too.
 */
export class ListLink {
  #list: HTMLElement | undefined;
  /** The id looked for, and the root it is looked for in. */
  #for: string | undefined;
  #root: Document | ShadowRoot | undefined;
  readonly #watch = new MutationObserver(() => this.#find());
  readonly #sheet = new CSSStyleSheet();
  #shown = '';
  #focused: string | undefined;
  #hovered: string | undefined;

  constructor(private readonly host: Host) {}

  /** The partner of the list's entry in focus, or else under the pointer. */
  get id(): string | undefined {
    return this.#focused ?? this.#hovered;
  }

  connect() {
    this.#find();
  }

  disconnect() {
    this.#watch.disconnect();
    this.#root = undefined;
    this.#follow(undefined);
  }

  /** Before each render of the map: `for` may have changed. */
  update() {
    if (this.#for !== this.host.htmlFor) this.#find();
  }

  /** After each render of the map: `ids` are the partners to highlight in the list. */
  show(ids: readonly string[]) {
    const rule = ids.length && this.#list
      ? `[part~='item']:is(${ids.map((id) => `[data-id='${CSS.escape(id)}']`).join(', ')}) {
          background: color-mix(in srgb, var(--_accent) 12%, transparent);
          /* The colour apart: without a theme the accent is the page's text colour, and the ring still shows. */
          outline: 0.125em dashed;
          outline-color: var(--_accent);
          outline-offset: -0.125em;
        }`
      : '';
    if (rule !== this.#shown) this.#sheet.replaceSync((this.#shown = rule));
    if (this.#list?.shadowRoot) adopt(this.#list.shadowRoot, this.#sheet);
  }

  /** The list the map is `for`, in the map's root: watched, so that the link follows it. */
  #find() {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const id = (this.#for = this.host.htmlFor);
    if (root !== this.#root || !id) {
      this.#watch.disconnect();
      this.#root = id ? root : undefined;
      if (id) this.#watch.observe(root, {childList: true, subtree: true, attributeFilter: ['id']});
    }
    this.#follow((id && root.getElementById(id)) || undefined);
  }

  #follow(list: HTMLElement | undefined) {
    if (list === this.#list) return;
    this.#listen(false);
    // The list left, or another took its place: nothing of the last one stays highlighted.
    const left = this.#list?.shadowRoot;
    if (left) left.adoptedStyleSheets = left.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    this.#list = list;
    this.#listen(true);
    // A list not yet defined has no shadow root: it has one once it is.
    if (list && !list.shadowRoot) customElements.whenDefined(list.localName).then(() => list === this.#list && this.#listen(true));
    this.#sheet.replaceSync((this.#shown = ''));
    this.#set({focused: undefined, hovered: undefined});
  }

  /**
   * On the list's shadow root, not on the list: the pointer and the focus going from one entry to another
   * inside it are events the list's host never hears (their target and related target are both the host).
   */
  #listen(on: boolean) {
    for (const type of EVENTS) this.#list?.shadowRoot?.[on ? 'addEventListener' : 'removeEventListener'](type, this.#listener);
  }

  readonly #listener = (event: Event) => {
    const {type} = event as FocusEvent | PointerEvent;
    const item = (event.target as Element).closest<HTMLElement>("[part~='item'][data-id]");
    const id = type.endsWith('out') ? undefined : item?.dataset.id;
    this.#set(type.startsWith('focus') ? {focused: id, hovered: this.#hovered} : {focused: this.#focused, hovered: id});
  };

  #set({focused, hovered}: {focused: string | undefined; hovered: string | undefined}) {
    const before = this.id;
    [this.#focused, this.#hovered] = [focused, hovered];
    if (this.id !== before) this.host.requestUpdate();
  }
}
