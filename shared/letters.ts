/**
 * Text reduced to the letters anyone can type: lower case, accents dropped, and ß æ ø œ written out (which
 * Unicode does not decompose). Names and headings typed on different keyboards then compare equal:
 * "Åland", "aland"; "Øresund", "oresund".
 */
export function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
}
