/** Small text helpers for texts in any of the app's languages. */

/**
 * The text with its first letter in upper case, for a citation that starts a heading or a cell: Swedish,
 * Danish and French cite in lower case inside a sentence ("artikel 30.1 a", "article 30, paragraphe 1").
 */
export function capitalise(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const letter = String.fromCodePoint(first)
  return letter.toUpperCase() + text.slice(letter.length)
}
