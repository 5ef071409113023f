import { describe, expect, test } from 'vitest';
import {
  INSET,
  MAP_WIDTH,
  insetDashes,
  islandPoints,
  mainlandDashes,
} from '../../src/lib/map/chinaMap.ts';
import tenDashLine from '../../src/lib/map/ten-dash-line.json' with { type: 'json' };

/** The extent of an SVG path's coordinates (the paths are absolute M/L/Z commands). */
function extentOf(d: string) {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

describe('the South China Sea inset', () => {
  test('the data holds ten dashes, each a small outline in the seas around the South China Sea', () => {
    expect(tenDashLine.coordinates).toHaveLength(10);
    for (const rings of tenDashLine.coordinates) {
      const points = rings.flat();
      const [west, east] = [
        Math.min(...points.map((p) => p[0]!)),
        Math.max(...points.map((p) => p[0]!)),
      ];
      const [south, north] = [
        Math.min(...points.map((p) => p[1]!)),
        Math.max(...points.map((p) => p[1]!)),
      ];
      expect(east - west).toBeLessThan(2);
      expect(north - south).toBeLessThan(2);
      expect(west).toBeGreaterThan(105);
      expect(east).toBeLessThan(125);
    }
  });

  test('draws all ten dashes inside the inset, as dashes, not as the rest of the globe', () => {
    const dashes = insetDashes();
    expect(dashes).toHaveLength(10);
    for (const d of dashes) {
      const { left, right, top, bottom } = extentOf(d);
      expect(left).toBeGreaterThanOrEqual(INSET.x);
      expect(right).toBeLessThanOrEqual(INSET.x + INSET.width);
      expect(top).toBeGreaterThanOrEqual(INSET.y);
      expect(bottom).toBeLessThanOrEqual(INSET.y + INSET.height);
      expect(Math.max(right - left, bottom - top)).toBeLessThan(15);
    }
  });

  test('the main map draws only the dash east of Taiwan, clear of the inset', () => {
    const dashes = mainlandDashes();
    expect(dashes).toHaveLength(1);
    const { left, right, bottom } = extentOf(dashes[0] ?? '');
    expect(right).toBeLessThanOrEqual(MAP_WIDTH);
    expect(bottom).toBeLessThan(INSET.y);
    // East of Taiwan: right of the inset's left edge, on the map's east side.
    expect(left).toBeGreaterThan(MAP_WIDTH / 2);
  });

  test('marks the four island groups inside the inset', () => {
    const points = islandPoints();
    expect(points.map((point) => point.id)).toEqual(['dongsha', 'xisha', 'zhongsha', 'nansha']);
    for (const { x, y } of points) {
      expect(x).toBeGreaterThan(INSET.x);
      expect(y).toBeGreaterThan(INSET.y);
    }
  });
});
