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
  /** How many rings of spots to try, each a label's height farther out (1 by default: only beside the marker). */
  rings?: number;
  /**
   * Whether the label may stand off its marker with a line to it (the home town's, which must not go
   * missing where partners crowd around it). Without a line, a label must be clearly nearer its own
   * marker than any other, or it would seem to name that one.
   */
  leader?: boolean;
}

export interface PlacedLabel extends Rect {
  key: string;
  /** The line from the marker's edge to the label, for a label off the first ring. */
  leader?: {x1: number; y1: number; x2: number; y2: number};
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
 * its marker (right, left, above, below, then the corners) that stays `gap` inside `box`, clear of every
 * label placed before it and of every marker, and at least twice as near its own marker as any other.
 * A label with no such spot is left out: the map thins its labels rather than overlap them. A label with
 * a `leader` then tries spots farther out in sixteen directions, nearer its marker than any other, and at
 * last anywhere clear: it is never left out while there is room for it.
 */
export function placeLabels(requests: readonly LabelRequest[], markers: readonly Circle[], box: Rect, gap = 2): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const {key, x, y, r, width: w, height: h, rings = 1, leader = false} of requests) {
    const own = {x, y, r};
    const others = markers.filter((marker) => marker.x !== x || marker.y !== y);
    const free = (rect: PlacedLabel, nearest: number) => inside(rect, box, gap) &&
      !placed.some((other) => overlaps(rect, other, gap) || (other.leader && crosses(other.leader, rect, gap)) ||
        (rect.leader && crosses(rect.leader, other, gap))) &&
      !others.some((marker) => clearance(rect, marker) < Math.max(gap, nearest * clearance(rect, own) + gap) ||
        (rect.leader && passes(rect.leader, marker, gap)));
    const d = (ring: number) => r + gap + 1 + ring * h;
    const c = d(0) * Math.SQRT1_2;
    const beside: PlacedLabel[] = ([
      [x + d(0), y - h / 2], [x - d(0) - w, y - h / 2], [x - w / 2, y - d(0) - h], [x - w / 2, y + d(0)],
      [x + c, y - c - h], [x + c, y + c], [x - c - w, y - c - h], [x - c - w, y + c],
    ] as const).map(([left, top]) => ({key, x: left, y: top, width: w, height: h}));
    // Farther out, the spot's side nearest the marker faces it.
    const off = leader ? Array.from({length: (rings - 1) * 16}, (_, i): PlacedLabel => {
      const [ring, angle] = [1 + Math.floor(i / 16), ((i % 16) * Math.PI) / 8];
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const [px, py] = [x + d(ring) * cos, y + d(ring) * sin];
      const rect = {key, x: px - (w * (1 - cos)) / 2, y: py - (h * (1 - sin)) / 2, width: w, height: h};
      return {...rect, leader: line(own, rect)};
    }) : [];
    const spot = beside.find((rect) => free(rect, 2)) ?? off.find((rect) => free(rect, 1)) ?? off.find((rect) => free(rect, 0));
    if (spot) placed.push(spot);
  }
  return placed;
}

type Segment = NonNullable<PlacedLabel['leader']>;

/** From the edge of the marker to the nearest point of its label. */
function line(marker: Circle, rect: Rect): Segment {
  const x2 = Math.max(rect.x, Math.min(marker.x, rect.x + rect.width));
  const y2 = Math.max(rect.y, Math.min(marker.y, rect.y + rect.height));
  const length = Math.hypot(x2 - marker.x, y2 - marker.y);
  return {x1: marker.x + ((x2 - marker.x) * marker.r) / length, y1: marker.y + ((y2 - marker.y) * marker.r) / length, x2, y2};
}

/** Whether a segment passes through a rectangle grown by `gap` (Liang and Barsky's clipping). */
function crosses({x1, y1, x2, y2}: Segment, rect: Rect, gap: number) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [low, high] = [0, 1];
  for (const [p, q] of [[-dx, x1 - rect.x + gap], [dx, rect.x + rect.width + gap - x1], [-dy, y1 - rect.y + gap], [dy, rect.y + rect.height + gap - y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) {
      low = Math.max(low, q / p);
    } else {
      high = Math.min(high, q / p);
    }
  }
  return low < high;
}

/** Whether a segment passes within `gap` of a circle. */
function passes({x1, y1, x2, y2}: Segment, circle: Circle, gap: number) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const t = Math.max(0, Math.min(1, ((circle.x - x1) * dx + (circle.y - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x1 + t * dx - circle.x, y1 + t * dy - circle.y) < circle.r + gap;
}

function inside(rect: Rect, box: Rect, gap: number) {
  return rect.x >= box.x + gap && rect.y >= box.y + gap &&
    rect.x + rect.width <= box.x + box.width - gap && rect.y + rect.height <= box.y + box.height - gap;
}

export function overlaps(a: Rect, b: Rect, gap = 0) {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** How far a circle's edge is from a rectangle: negative where they overlap. */
function clearance(rect: Rect, circle: Circle) {
  const nearestX = Math.max(rect.x, Math.min(circle.x, rect.x + rect.width));
  const nearestY = Math.max(rect.y, Math.min(circle.y, rect.y + rect.height));
  return Math.hypot(circle.x - nearestX, circle.y - nearestY) - circle.r;
}
