/** Small text helpers for the checks. */

export function hasText(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== ''
}

/** A short quotation of free text for a message, so a long purpose does not swamp it. */
export function excerpt(value: string, max = 60): string {
  const text = value.trim().replace(/\s+/g, ' ')
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/**
 * A code's label without its closing note in brackets, for a message that says the note itself: "the
 * derogation “Explicit consent”" rather than "“Explicit consent (derogation)”".
 */
export function withoutNote(label: string): string {
  return label.replace(/\s*\([^()]*\)$/u, '')
}
