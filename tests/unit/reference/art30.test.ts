import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/schemas/codes'
import { ART_30_5, ART_30_POINTS, art30Point, art30PointsFor } from '../../../shared/reference/art30'
import { recordNames } from '../../../shared/reference/record-names'

describe('Art. 30 points', () => {
  it('has 30(1)(a)-(g) for controllers and 30(2)(a)-(d) for processors', () => {
    expect(art30PointsFor('controller').map((p) => p.key)).toEqual([
      '30(1)(a)',
      '30(1)(b)',
      '30(1)(c)',
      '30(1)(d)',
      '30(1)(e)',
      '30(1)(f)',
      '30(1)(g)',
    ])
    expect(art30PointsFor('processor').map((p) => p.key)).toEqual([
      '30(2)(a)',
      '30(2)(b)',
      '30(2)(c)',
      '30(2)(d)',
    ])
    expect(ART_30_POINTS.items).toHaveLength(11)
  })

  it('carries the legal text and marks the optional points', () => {
    expect(art30Point('30(1)(b)').text).toBe('the purposes of the processing')
    expect(art30Point('30(1)(e)').text).toMatch(/second subparagraph of Article 49\(1\)/)
    expect(art30Point('30(2)(c)').text).toBe(art30Point('30(1)(e)').text)
    expect(art30Point('30(1)(a)').qualifier).toBeNull()
    expect(art30Point('30(1)(e)').qualifier).toBe('where_applicable')
    expect(art30Point('30(1)(f)').qualifier).toBe('where_possible')
    expect(art30Point('30(2)(d)').qualifier).toBe('where_possible')
  })

  it('states the Art. 30(5) exemption: under 250 employees, unless one of three exceptions', () => {
    expect(ART_30_5.employeeThreshold).toBe(250)
    expect(ART_30_5.exceptions.map((e) => e.code)).toEqual(['risk', 'not_occasional', 'special_or_criminal'])
    expect(ART_30_5.pending).toMatch(/750/)
  })
})

describe('official record names', () => {
  it('has the record, controller, processor and DPO words in every app language', () => {
    for (const lang of LANGUAGES) {
      const names = recordNames(lang)
      for (const word of Object.values(names)) expect(word.length).toBeGreaterThan(0)
    }
    expect(recordNames('en').record).toBe('Record of processing activities')
    expect(recordNames('fi').record).toBe('Seloste käsittelytoimista')
    expect(recordNames('de').processor).toBe('Auftragsverarbeiter')
    expect(recordNames('fr').dpo).toBe('délégué à la protection des données')
  })
})
