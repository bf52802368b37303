// How wide a label's text is, before it is drawn: label placement needs every label's size at once.

export interface LabelMeasure {
  /** The height of a label's line (the font's ascent and descent), in pixels. */
  readonly height: number;
  /** From the top of that line to the text's baseline, in pixels. */
  readonly ascent: number;
  /** The width of a text in the labels' font, in pixels. */
  readonly measure: (text: string) => number;
}

/** One per font, so that the map's layout, which depends on it, is not redone on every render. */
const measures = new Map<string, LabelMeasure>();

/**
 * The size of the labels' lines, in the computed font of `element` (the map's SVG, whose font its labels
 * take), and a function that measures a text in it: a canvas's `measureText` gives the room a label will
 * take without adding it to the page.
 */
export function labelMeasure(element: Element): LabelMeasure {
  const style = getComputedStyle(element);
  const fontSize = parseFloat(style.fontSize);
  const font = `${style.fontWeight} ${fontSize}px ${style.fontFamily}`;
  let found = measures.get(font);
  if (!found) {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = font;
    // The font's own ascent and descent, which bound a line of SVG text in every engine (older ones lack them).
    const {fontBoundingBoxAscent: ascent = fontSize * 0.95, fontBoundingBoxDescent: descent = fontSize * 0.3} = context.measureText('');
    const widths = new Map<string, number>();
    measures.set(font, (found = {
      height: Math.ceil(ascent + descent),
      ascent,
      measure(text) {
        let width = widths.get(text);
        if (width === undefined) widths.set(text, (width = context.measureText(text).width));
        return width;
      },
    }));
  }
  return found;
}
