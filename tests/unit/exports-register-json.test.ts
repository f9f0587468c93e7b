import { describe, expect, it } from 'vitest'
import { inPiecesOf, registerJsonPieces } from '../../electron/core/exports/register-json'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { HOSTILE_TEXTS, richRegister } from '../fixtures/rich-register'

describe('a register document written as JSON piece by piece', () => {
  it('joins to exactly JSON.stringify of the document, with or without activities', () => {
    const doc = registerDocumentSchema.parse(richRegister())
    expect([...registerJsonPieces(doc)].join('')).toBe(JSON.stringify(doc))
    expect([...registerJsonPieces({ ...doc, activities: [] })].join('')).toBe(
      JSON.stringify({ ...doc, activities: [] }),
    )
  })

  it('is cut into strings of at most the size asked, never between the halves of an emoji', () => {
    const text = `${'x'.repeat(9)}😀${'é'.repeat(5)}${HOSTILE_TEXTS.join('')}😀😀`
    for (const size of [2, 3, 5, 10, 11, 64]) {
      const pieces = [...inPiecesOf(size, [text.slice(0, 7), text.slice(7, 30), text.slice(30)])]
      expect(pieces.join('')).toBe(text)
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(size)
        expect(piece.length).toBeGreaterThan(0)
        // No piece ends with the first half of a pair or starts with the second half.
        expect(/[\uD800-\uDBFF]$/.test(piece), `${size}: ${piece}`).toBe(false)
        expect(/^[\uDC00-\uDFFF]/.test(piece), `${size}: ${piece}`).toBe(false)
      }
    }
  })
})
