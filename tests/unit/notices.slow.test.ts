import fs from 'node:fs'
import path from 'node:path'
import mammoth from 'mammoth'
import { parseDocument, DomUtils } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { authorityFor, authorityNameIn } from '../../shared/reference/authorities'
import { rightsFor } from '../../shared/reference/rights'
import { labelsFor } from '../../shared/i18n/labels'
import { noticeTextsFor } from '../../shared/notice/texts'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import type { NoticeFormat } from '../../shared/schemas/export'
import { exportJobs } from '../../electron/core/exports/jobs'
import { gappyRegister, noticeExpectations, noticeRegister } from '../fixtures/notice-registers'
import { HOSTILE_TEXTS } from '../fixtures/rich-register'
import { richWorkspace, type RichWorkspace } from '../helpers/exports'
import { pdfPages } from '../helpers/pdf-text'
import { tempDir } from '../helpers/workspace'

/** The text of an HTML page as a parser reads it (without its style sheet), and the names of its elements. */
function htmlText(html: string): { text: string; tags: Set<string> } {
  const dom = parseDocument(html)
  const tags = new Set(DomUtils.findAll(() => true, dom.children).map((e) => e.name))
  for (const style of DomUtils.getElementsByTagName('style', dom)) DomUtils.removeElement(style)
  const body = DomUtils.getElementsByTagName('body', dom)[0]
  return {
    text: DomUtils.getElements({ tag_type: 'text' }, body, true)
      .map((t) => DomUtils.textContent(t))
      .join(' '),
    tags,
  }
}

/** Text with line breaks and repeated spaces as single spaces: every format wraps where it needs. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

async function writeNotice(
  ws: RichWorkspace,
  format: NoticeFormat,
  options: { language?: Language; audienceId?: string | null; recipients?: 'names' | 'categories' } = {},
) {
  const file = path.join(tempDir(), `notice.${format}`)
  const jobs = exportJobs(ws.backend.ctx)
  const started = await ws.client.call('notices.start', {
    organisationId: ws.organisationId,
    format,
    language: options.language ?? null,
    audienceId: options.audienceId ?? null,
    recipients: options.recipients ?? 'names',
    saveTicket: jobs.registerSaveTarget(file),
  })
  const job = await jobs.wait(started.jobId)
  if (job.state !== 'done') throw new Error(`notice ${job.state}: ${job.error}`)
  return { file, job }
}

/** The notice's text as its reader gets it: Markdown as written, HTML parsed, DOCX through mammoth, PDF through pdfjs. */
async function readBack(file: string, format: NoticeFormat): Promise<string> {
  if (format === 'md') return fs.readFileSync(file, 'utf8').replace(/\\(.)/g, '$1')
  if (format === 'html') return htmlText(fs.readFileSync(file, 'utf8')).text
  if (format === 'docx') return (await mammoth.extractRawText({ path: file })).value
  return (await pdfPages(file)).join('\n')
}

const FORMATS: NoticeFormat[] = ['md', 'html', 'docx', 'pdf']

describe('privacy notice', { timeout: 120_000 }, () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}: every format names every purpose, disclosed party, the authority and the rights, and is recorded`, async () => {
      const ws = await richWorkspace(noticeRegister(lang))
      const expected = noticeExpectations(lang)
      const T = noticeTextsFor(lang)
      const L = labelsFor(lang)
      const authority = authorityFor(expected.country)!
      const rights = rightsFor({
        legalBases: ['6_1_a', '6_1_b', '6_1_c', '6_1_f'],
        automatedDecisionMaking: true,
      }).map((r) => L.codes.right[r])
      for (const format of FORMATS) {
        const { file, job } = await writeNotice(ws, format, { recipients: 'names' })
        const text = flat(await readBack(file, format))
        const where = `${lang} ${format}`
        expect(text, where).toContain(T.title)
        expect(text, where).toContain(expected.organisation)
        for (const audience of expected.audiences) expect(text, `${where}: ${audience}`).toContain(audience)
        for (const purpose of expected.purposes) expect(text, `${where}: ${purpose}`).toContain(purpose)
        for (const party of expected.parties) expect(text, `${where}: ${party}`).toContain(party)
        expect(text, where).toContain(expected.recipientCategory)
        expect(text, where).toContain(authorityNameIn(authority, lang))
        expect(text, where).toContain(authority.contact.address)
        for (const right of rights) expect(text, `${where}: ${right}`).toContain(right)
        // The processor record is the client's to tell: not in our notice.
        expect(text, where).not.toContain('Hosting for a client')
        // The automated recruitment lacks the description of its logic: the draft says so there.
        expect(text, where).toContain(T.gap.noAutomatedDecisionLogic)
        expect(job.record).toMatchObject({
          document: 'notice',
          format,
          language: lang,
          notice: { audienceId: null, recipients: 'names', gaps: 1 },
          counts: { activities: 4 },
        })
      }
      const records = await ws.client.call('exports.list', { organisationId: ws.organisationId })
      expect(records.map((r) => r.format).sort()).toEqual([...FORMATS].sort())
    })
  }

  it('for one audience shows only its processing, and names recipients by category when asked', async () => {
    const ws = await richWorkspace(noticeRegister('en'))
    const { audiences } = await ws.client.call('notices.preview', { organisationId: ws.organisationId })
    const customers = audiences.find((a) => a.name === 'Customers')!
    const { file, job } = await writeNotice(ws, 'md', { audienceId: customers.id, recipients: 'categories' })
    const text = flat(await readBack(file, 'md'))
    expect(text).toContain('Privacy notice for Customers')
    expect(text).toContain('Delivering orders')
    expect(text).not.toContain('Paying salaries')
    expect(text).not.toContain('ShopHost GmbH')
    expect(text).toContain('Service providers who process the data on our behalf (processors)')
    expect(text).toContain('Public authorities')
    expect(text).toContain('Couriers')
    // Consent: the right to withdraw it, and giving it is voluntary.
    expect(text).toContain('Right to withdraw consent')
    expect(text).toContain('Giving your consent is voluntary')
    expect(
      await exportJobs(ws.backend.ctx).suggestedNoticeFileName(ws.organisationId, 'md', null, customers.id),
    ).toBe('Harbour Books Ltd - Privacy notice - Customers - 2026-03-02.md')
    expect(job.record?.notice).toEqual({
      audienceId: customers.id,
      audienceName: 'Customers',
      recipients: 'categories',
      gaps: 0,
    })
  })

  it('shows the gaps where they are and lists them with the place to fix each', async () => {
    const ws = await richWorkspace(gappyRegister())
    const preview = await ws.client.call('notices.preview', { organisationId: ws.organisationId })
    const codes = preview.document.gaps.map((g) => g.code)
    expect(codes.sort()).toEqual(
      [
        'noAuthority',
        'noAutomatedDecisionLogic',
        'noDpoContact',
        'noLegalBasis',
        'noLegitimateInterest',
        'noRetention',
        'noTransferMechanism',
      ].sort(),
    )
    const basis = preview.document.gaps.find((g) => g.code === 'noLegalBasis')!
    expect(basis.place).toMatchObject({
      kind: 'activity',
      reference: 'PA-01',
      field: 'purposes.0.legalBasis',
    })
    expect(basis.subject).toBe('Delivering orders')
    expect(preview.document.gaps.find((g) => g.code === 'noAuthority')!.place).toEqual({
      kind: 'profile',
      field: 'supervisoryAuthority',
    })

    const T = noticeTextsFor('en')
    const { file } = await writeNotice(ws, 'docx')
    const text = flat(await readBack(file, 'docx'))
    for (const code of codes) expect(text, code).toContain(T.gap[code])
    // The gap sits at its place: right after the purpose that lacks its basis.
    expect(text).toContain(`Delivering orders [${T.gap.noLegalBasis}]`)
    // An ended mechanism is never presented to the public as a safeguard.
    expect(text).not.toContain('Privacy Shield')
  })

  it('writes the register’s text as text: the HTML page runs nothing and the Markdown makes no markup of it', async () => {
    const doc = noticeRegister('en')
    doc.activities![0].purposes![0].description = HOSTILE_TEXTS[6]
    doc.dataCategories![0].name = '*bold* [link](javascript:alert(1)) # heading'
    const ws = await richWorkspace(doc)
    const html = fs.readFileSync((await writeNotice(ws, 'html')).file, 'utf8')
    const { text, tags } = htmlText(html)
    expect(tags.has('script')).toBe(false)
    expect(html).not.toMatch(/href="javascript/i)
    expect(text).toContain(HOSTILE_TEXTS[6])
    expect(text).toContain('*bold* [link](javascript:alert(1)) # heading')
    const md = fs.readFileSync((await writeNotice(ws, 'md')).file, 'utf8')
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(md).toContain('\\*bold\\* \\[link\\](javascript:alert(1)) # heading')
  })

  it('refuses an audience the organisation does not have, and writes nothing', async () => {
    const ws = await richWorkspace(noticeRegister('en'))
    await expect(
      ws.client.call('notices.start', {
        organisationId: ws.organisationId,
        format: 'md',
        audienceId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toThrow(/category of data subjects was not found/)
    expect(await ws.client.call('exports.list', { organisationId: ws.organisationId })).toEqual([])
  })
})
