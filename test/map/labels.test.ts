import {expect} from '@open-wc/testing';
import {cluster, overlaps, placeLabels, type Circle, type LabelRequest, type Rect} from '../../src/map/labels.js';

const radius = (count: number) => (count === 1 ? 7 : 10);
const box = {x: 0, y: 0, width: 300, height: 200};

/** Label requests for markers at these points, each 60 × 16 pixels, named by their index. */
const requests = (points: Circle[]): LabelRequest[] =>
  points.map((point, index) => ({key: String(index), ...point, width: 60, height: 16}));

describe('map clusters', () => {
  it('keeps markers that do not touch apart, and merges those that would', () => {
    const groups = cluster([{item: 'a', x: 50, y: 50}, {item: 'b', x: 58, y: 52}, {item: 'c', x: 200, y: 120}], radius);
    expect(groups.map((group) => group.members)).to.deep.equal([['a', 'b'], ['c']]);
    expect(groups[0]).to.include({x: 54, y: 51, r: 10});
  });

  it('merges again when a grown cluster reaches its neighbour, until no two markers touch', () => {
    // 15 px apart: singles (7 + 7 + 2 = 16) touch in pairs; the pairs' larger markers then touch too.
    const row = Array.from({length: 12}, (_, i) => ({item: i, x: 20 + i * 15, y: 100}));
    const groups = cluster(row, radius);
    for (const [i, a] of groups.entries()) {
      for (const b of groups.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(a.r + b.r + 2);
    }
    expect(groups.flatMap((group) => group.members).sort((a, b) => a - b)).to.deep.equal(row.map(({item}) => item));
  });

  it('moves a marker off the home town, towards where it lies', () => {
    const [group] = cluster([{item: 'a', x: 103, y: 100}], radius, [{x: 100, y: 100, r: 6}]);
    expect(group!.y).to.equal(100);
    expect(group!.x).to.be.closeTo(100 + 6 + 7 + 2, 0.01);
  });

  it('groups 10,000 places quickly', () => {
    const places = Array.from({length: 10_000}, (_, i) => ({item: i, x: (i * 7919) % 1000, y: (i * 104_729) % 600}));
    const started = performance.now();
    const groups = cluster(places, (count) => Math.min(7 + Math.sqrt(count), 14));
    expect(performance.now() - started).to.be.below(1000);
    expect(groups.reduce((sum, group) => sum + group.members.length, 0)).to.equal(10_000);
  });
});

describe('map labels', () => {
  it('puts a label right of its marker where there is room, and left of it at the right edge', () => {
    const [right, left] = placeLabels(requests([{x: 50, y: 100, r: 7}, {x: 280, y: 40, r: 7}]), [], box);
    expect(right).to.include({x: 50 + 7 + 3, y: 92});
    expect(left!.x + left!.width).to.equal(280 - 7 - 3);
  });

  it('never overlaps another label or a marker, nor leaves the box', () => {
    // A crowd of markers scattered over the box: some labels fit, many cannot and are left out.
    const markers = Array.from({length: 40}, (_, i) => ({x: 5 + ((i * 97) % 290), y: 5 + ((i * 61) % 190), r: 7}));
    const placed = placeLabels(requests(markers), markers, box);
    expect(placed.length).to.be.above(2).and.below(40);
    for (const [i, label] of placed.entries()) {
      expect(label.x).to.be.at.least(0);
      expect(label.y).to.be.at.least(0);
      expect(label.x + label.width).to.be.at.most(box.width);
      expect(label.y + label.height).to.be.at.most(box.height);
      for (const other of placed.slice(i + 1)) expect(overlaps(label, other), `${label.key} and ${other.key}`).to.equal(false);
      for (const marker of markers) {
        const nearestX = Math.max(label.x, Math.min(marker.x, label.x + label.width));
        const nearestY = Math.max(label.y, Math.min(marker.y, label.y + label.height));
        expect(Math.hypot(marker.x - nearestX, marker.y - nearestY)).to.be.at.least(marker.r);
      }
    }
  });

  it('places the first requests first: a label given earlier wins a contested spot', () => {
    const points = [{x: 100, y: 100, r: 7}, {x: 100, y: 118, r: 7}];
    const [first] = placeLabels(requests(points), points, box);
    const [firstReversed] = placeLabels(requests(points).reverse(), points, box);
    expect(first!.key).to.equal('0');
    expect(firstReversed!.key).to.equal('1');
  });

  // A marker with four neighbours close around it: no room beside it, room farther out between them.
  const middle = {x: 150, y: 100, r: 6};
  const around = [0, 1, 2, 3].map((i) => ({x: 150 + 18 * Math.cos((i * Math.PI) / 2), y: 100 + 18 * Math.sin((i * Math.PI) / 2), r: 7}));
  const edge = (rect: Rect, marker: Circle) => {
    const nearestX = Math.max(rect.x, Math.min(marker.x, rect.x + rect.width));
    const nearestY = Math.max(rect.y, Math.min(marker.y, rect.y + rect.height));
    return Math.hypot(marker.x - nearestX, marker.y - nearestY) - marker.r;
  };
  /** How near a segment comes to a marker's edge. */
  const pass = ({x1, y1, x2, y2}: {x1: number; y1: number; x2: number; y2: number}, marker: Circle) => {
    const t = Math.max(0, Math.min(1, ((marker.x - x1) * (x2 - x1) + (marker.y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
    return Math.hypot(x1 + t * (x2 - x1) - marker.x, y1 + t * (y2 - y1) - marker.y) - marker.r;
  };

  it('leaves a label out where there is no room beside its marker, unless it may stand off it with a line', () => {
    const [request] = requests([middle]);
    expect(placeLabels([{...request!, rings: 4}], [middle, ...around], box), 'no room beside it').to.deep.equal([]);
    const [placed] = placeLabels([{...request!, rings: 4, leader: true}], [middle, ...around], box);
    expect(placed, 'a spot off the marker').to.not.equal(undefined);
    const {leader} = placed!;
    expect(Math.hypot(leader!.x1 - middle.x, leader!.y1 - middle.y), 'the line starts at the marker’s edge').to.be.closeTo(middle.r, 0.01);
    expect(edge(placed!, {x: leader!.x2, y: leader!.y2, r: 0}), 'and ends on the label').to.be.closeTo(0, 0.01);
    for (const marker of around) {
      expect(edge(placed!, marker), 'the label clear of every marker').to.be.at.least(2);
      expect(pass(leader!, marker), 'the line too').to.be.at.least(2);
    }
  });

  it('keeps later labels off an earlier label’s line', () => {
    const placed = placeLabels([{...requests([middle])[0]!, key: 'home', rings: 4, leader: true}, ...requests(around)], [middle, ...around], box);
    expect(placed.length, 'the home town’s label and others').to.be.above(2);
    const {x1, y1, x2, y2} = placed[0]!.leader!;
    for (const label of placed.slice(1)) {
      // Sampled along the line: no point of it inside another label.
      for (let t = 0; t <= 1; t += 0.02) {
        const [x, y] = [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
        expect(x > label.x && x < label.x + label.width && y > label.y && y < label.y + label.height, `the line through ${label.key}`).to.equal(false);
      }
    }
  });

});
