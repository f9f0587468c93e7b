/** `ropa draft --from-notice`: a notice file into a register document `ropa import` takes, and its evidence. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { ropa } from '../helpers/cli'
import { NOTICE_FIXTURES } from '../helpers/notice-score'
import { tempDir } from '../helpers/workspace'

describe('ropa draft', { timeout: 120_000 }, () => {
  it('writes the proposed register and its evidence from a Word notice, and ropa import takes the register', () => {
    const dir = tempDir()
    const db = path.join(dir, 'ws.sqlite')
    const notice = path.join(NOTICE_FIXTURES, 'files', 'en-tulip-shop.docx')
    const run = ropa(
      ['draft', '--from-notice', notice, '--org', 'Tulip Threads B.V.', '--country', 'NL', '--db', db],
      {},
      dir,
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(English, told from its words): 5 proposed activities')
    expect(run.stdout).toContain('Review it, then: ropa import en-tulip-shop.draft.json')
    const document = registerDocumentSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, 'en-tulip-shop.draft.json'), 'utf8')),
    )
    expect(document.organisation).toMatchObject({ name: 'Tulip Threads B.V.', country: 'NL' })
    expect(document.parties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Adyen', 'Shopify', 'PostNL', 'Klaviyo']),
    )
    const evidence = JSON.parse(fs.readFileSync(path.join(dir, 'en-tulip-shop.draft.evidence.json'), 'utf8'))
    const adyen = evidence.items.find(
      (i: { kind: string; name: string }) => i.kind === 'party' && i.name === 'Adyen',
    )
    expect(adyen.evidence[0].text).toBe('Adyen N.V. processes payments.')
    expect(evidence.text.slice(adyen.evidence[0].start, adyen.evidence[0].end)).toBe(adyen.evidence[0].text)
    // No workspace was made for the draft.
    expect(fs.existsSync(db)).toBe(false)

    const imported = ropa(['import', path.join(dir, 'en-tulip-shop.draft.json'), '--db', db])
    expect(imported.stderr).toBe('')
    expect(imported.stdout).toContain('Imported “Tulip Threads B.V.”: 5 activities')
  })

  it('says what is wrong in one line and writes nothing', () => {
    const dir = tempDir()
    const notice = path.join(NOTICE_FIXTURES, 'tuned', 'fi-kaneli-kauppa.txt')
    const noCountry = ropa(['draft', '--from-notice', notice, '--org', 'Kaneli Oy'], {}, dir)
    expect(noCountry.status).not.toBe(0)
    expect(noCountry.stderr).toMatch(/--country/)
    const badCountry = ropa(
      ['draft', '--from-notice', notice, '--org', 'Kaneli Oy', '--country', 'Narnia'],
      {},
      dir,
    )
    expect(badCountry.stderr).toBe(
      'ropa: Invalid option: --country: “Narnia” is not a country ROPA knows. Give its ISO code (e.g. FI, SE, DE).\n',
    )
    const odt = path.join(dir, 'notice.odt')
    fs.writeFileSync(odt, 'x')
    const wrongKind = ropa(['draft', '--from-notice', odt, '--org', 'Kaneli Oy', '--country', 'FI'], {}, dir)
    expect(wrongKind.stderr).toContain('ROPA reads privacy notices saved as .txt, .md, .html, .pdf or .docx.')
    const scanned = path.join(dir, 'scan.pdf')
    fs.writeFileSync(scanned, 'not really a pdf')
    const unreadable = ropa(
      ['draft', '--from-notice', scanned, '--org', 'Kaneli Oy', '--country', 'FI'],
      {},
      dir,
    )
    expect(unreadable.stderr).toMatch(/could not be opened as a PDF/)
    expect(fs.readdirSync(dir).sort()).toEqual(['notice.odt', 'scan.pdf'])
  })
})
