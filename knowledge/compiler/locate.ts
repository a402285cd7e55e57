/** Finds where a field lives in YAML source, so every problem can name a line and column. */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** Offset of the key `key` in a YAML map node, if present. */
function pairOf(node: unknown, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/** A parsed YAML text that can point at the line and column of any path in it. */
export interface LocatedYaml {
  doc: Document;
  /** Line and column in the whole file of an offset in the YAML text. */
  at(offset: number): { line: number; col: number };
  /** Position of `path` (or of the nearest existing parent), 1-based, in the whole file. */
  positionOf(path: readonly PropertyKey[], key?: string): { line: number; col: number };
}

/** Parses YAML that starts `lineOffset` lines into its file (e.g. after a `---` line). */
export function locateYaml(source: string, lineOffset = 0): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, col: pos.col };
  };
  return {
    doc,
    at,
    positionOf(path, key) {
      if (key) {
        const pair = pairOf(path.length ? doc.getIn(path as unknown[], true) : doc.contents, key);
        if (pair) return at(pair);
      }
      // Walk up until the path exists: a missing field is reported at its nearest parent.
      for (let depth = path.length; depth > 0; depth--) {
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
        const last = path[depth - 1];
        if (typeof last === 'string') {
          const pair = pairOf(parent, last);
          if (pair !== undefined) return at(pair);
        } else if (isSeq(parent) && typeof last === 'number') {
          const item = parent.items[last];
          if (isNode(item) && item.range) return at(item.range[0]);
        }
      }
      return isNode(doc.contents) && doc.contents.range ? at(doc.contents.range[0]) : { line: 1 + lineOffset, col: 1 };
    },
  };
}
