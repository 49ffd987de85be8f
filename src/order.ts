// One order for strings everywhere: by code point, never by locale, so every machine
// sorts seeds, names and files the same way and builds stay byte-identical.

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byKey<T>([a]: [string, T], [b]: [string, T]): number {
  return compareCodePoints(a, b);
}
