// Where markers and labels go on a map: places too close to tell apart become one marker with a count,
// and each label takes the first free spot around its marker, or is left out. Plain geometry in pixels,
// without the DOM.

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One marker for one or more items, at the mean of their positions. */
export interface Cluster<T> extends Circle {
  members: T[];
}

/** A label to place beside its marker, `width` × `height` pixels. */
export interface LabelRequest extends Circle {
  key: string;
  width: number;
  height: number;
  /**
   * How many rings of spots to try, each a label's height farther out (1 by default: only beside the
   * marker). A spot off the first ring must be nearer its own marker than any other, or it would seem to
   * name that one.
   */
  rings?: number;
}

export interface PlacedLabel extends Rect {
  key: string;
}

/**
 * Merges markers that would touch (closer than their radii and `gap`) until none do, each pass through
 * a grid of cells as large as the largest marker so that 10,000 places stay quick. `radius(count)` is
 * the size of a marker of `count` items. A marker that would cover a `fixed` one (the home town) moves
 * away from it, in the direction it lies in, and may then merge with another. Items keep their order
 * within a cluster, and clusters the order of their first item.
 */
export function cluster<T>(
  items: readonly {item: T; x: number; y: number}[],
  radius: (count: number) => number,
  fixed: readonly Circle[] = [],
  gap = 2,
): Cluster<T>[] {
  type Group = Cluster<T> & {sx: number; sy: number};
  let groups: Group[] = items.map(({item, x, y}) => ({x, y, r: radius(1), members: [item], sx: x, sy: y}));
  for (let changed = true, passes = 0; changed && passes < 50; passes++) {
    changed = false;
    const cell = 2 * Math.max(...groups.map((group) => group.r)) + gap;
    const grid = new Map<string, Group[]>();
    const kept: Group[] = [];
    for (const group of groups) {
      const [cx, cy] = [Math.floor(group.x / cell), Math.floor(group.y / cell)];
      const near = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].flatMap((dy) => grid.get(`${cx + dx},${cy + dy}`) ?? []));
      const into = near.find((other) => Math.hypot(other.x - group.x, other.y - group.y) < other.r + group.r + gap);
      if (into) {
        into.members.push(...group.members);
        into.sx += group.sx;
        into.sy += group.sy;
        into.x = into.sx / into.members.length;
        into.y = into.sy / into.members.length;
        into.r = radius(into.members.length);
        changed = true;
      } else {
        kept.push(group);
        const key = `${cx},${cy}`;
        grid.set(key, [...(grid.get(key) ?? []), group]);
      }
    }
    groups = kept;
    for (const group of groups) {
      for (const circle of fixed) {
        const [dx, dy] = [group.x - circle.x, group.y - circle.y];
        const distance = Math.hypot(dx, dy);
        const least = circle.r + group.r + gap;
        if (distance >= least - 0.01) continue;
        // Straight below, for a marker right on the home town's spot.
        const [ux, uy] = distance ? [dx / distance, dy / distance] : [0, 1];
        [group.x, group.y] = [circle.x + ux * least, circle.y + uy * least];
        changed = true;
      }
    }
  }
  return groups.map(({x, y, r, members}) => ({x, y, r, members}));
}

/**
 * Places labels in the order given (the most important first), each at the first of eight spots around
 * its marker (right, left, above, below, then the corners) that stays `gap` inside `box` and clear of
 * every label placed before it and of every marker. A label with no free spot is left out: the map
 * thins its labels rather than overlap them.
 */
export function placeLabels(requests: readonly LabelRequest[], markers: readonly Circle[], box: Rect, gap = 2): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const {key, x, y, r, width: w, height: h, rings = 1} of requests) {
    for (let ring = 0; ring < rings; ring++) {
      const d = r + gap + 1 + ring * h;
      const c = d * Math.SQRT1_2;
      const spots: [number, number][] = [
        [x + d, y - h / 2], [x - d - w, y - h / 2], [x - w / 2, y - d - h], [x - w / 2, y + d],
        [x + c, y - c - h], [x + c, y + c], [x - c - w, y - c - h], [x - c - w, y + c],
      ];
      const spot = spots
        .map(([left, top]) => ({key, x: left, y: top, width: w, height: h}))
        .find((rect) => inside(rect, box, gap) &&
          !placed.some((other) => overlaps(rect, other, gap)) &&
          !markers.some((marker) => touches(rect, marker, gap)) &&
          (!ring || markers.every((marker) => distance(rect, marker) >= distance(rect, {x, y}))));
      if (spot) {
        placed.push(spot);
        break;
      }
    }
  }
  return placed;
}

function inside(rect: Rect, box: Rect, gap: number) {
  return rect.x >= box.x + gap && rect.y >= box.y + gap &&
    rect.x + rect.width <= box.x + box.width - gap && rect.y + rect.height <= box.y + box.height - gap;
}

export function overlaps(a: Rect, b: Rect, gap = 0) {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

const distance = (rect: Rect, point: {x: number; y: number}) =>
  Math.hypot(rect.x + rect.width / 2 - point.x, rect.y + rect.height / 2 - point.y);

function touches(rect: Rect, circle: Circle, gap: number) {
  const nearestX = Math.max(rect.x, Math.min(circle.x, rect.x + rect.width));
  const nearestY = Math.max(rect.y, Math.min(circle.y, rect.y + rect.height));
  return Math.hypot(circle.x - nearestX, circle.y - nearestY) < circle.r + gap;
}
