/** The same keys with any string values: what every other language must provide for a Chinese text object. */
export type TextShape<T> = { [K in keyof T]: T[K] extends string ? string : TextShape<T[K]> };

/** A feature's text in both languages, under its own namespace key(s). */
export function featureText<Z extends object>(zh: Z, en: TextShape<Z>): { zh: Z; en: TextShape<Z> } {
  return { zh, en };
}
