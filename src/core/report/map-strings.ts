type Node = string | number | boolean | null | object;

const childPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

const mapNode = (node: Node, path: string, map: (text: string, path: string) => string): Node => {
  if (typeof node === 'string') return map(node, path);
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) {
    const itemPath = childPath(path, '*');
    return node.map((item: Node) => mapNode(item, itemPath, map));
  }
  const copy: Record<string, Node> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = mapNode(value, childPath(path, key), map);
  return copy;
};

/**
 * A copy of a JSON-shaped value with every string passed through `map`, told where it stands
 * (`sessions.*.events.*.url`: keys joined by dots, `*` for an array item). Whatever fields the value has,
 * today or later, are walked.
 */
export const mapStrings = <T extends object>(value: T, map: (text: string, path: string) => string): T =>
  // Only strings are replaced and every key is kept, so the copy has the type of the value.
  mapNode(value, '', map) as T;
