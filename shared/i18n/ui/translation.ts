/**
 * The shape a translation of an English message file must have: the same keys, nested the same way, any text.
 * Typing each language's file with `Translation<typeof englishMessages>` makes a missing key, or a key English
 * no longer has, a compile error, as the export labels in ../labels are.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
