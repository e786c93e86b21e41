/**
 * A stand-in for `CSS.highlights` and `Highlight` where the test DOM (happy-dom) has none: a Map of Sets, which
 * is what the registry and a highlight are.
 */
import type { HighlightApi } from './highlights.ts';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export interface FakeHighlightApi extends HighlightApi {
  registry: HighlightApi['registry'] & Map<string, Highlight>;
  /** The text of each range under a name, in document order. */
  texts(name: string): string[];
}

export function fakeHighlightApi(): FakeHighlightApi {
  const registry = new Map<string, Highlight>() as FakeHighlightApi['registry'];
  return {
    registry,
    create: () => new FakeHighlight() as unknown as Highlight,
    nearViewportOnly: false,
    texts(name) {
      const ranges = [...((registry.get(name) as unknown as Set<Range>) ?? [])];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    },
  };
}
