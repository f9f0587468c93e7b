/** Notice files turned into the text the reader works on: markup read properly, PDFs by their text layer, Word through mammoth. */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../../electron/core/notice-reader/html'
import { readNoticeFile } from '../../../electron/core/notice-reader/read-file'
import { readNotice } from '../../../shared/notice-reader/read'
import { NOTICE_FIXTURES } from '../../helpers/notice-score'

const files = path.join(NOTICE_FIXTURES, 'files')

describe('web pages', () => {
  it('keeps the words and structure, drops scripts, styles, menus, comments and hidden parts, decodes entities', () => {
    const text =
      htmlToText(`<html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
      <body><nav>Home | Shop</nav><!-- note --><h2>Service&nbsp;providers</h2><p>We use <b>Stripe</b> &amp; Adyen&#8217;s services.<br>Second line</p>
      <div hidden>secret</div><ul><li>Supabase<li>Cloudflare</ul><table><tr><th>Purpose</th><th>Basis</th></tr><tr><td>Orders</td><td>Contract</td></tr></table></body></html>`)
    expect(text).toBe(
      'Service providers\n\nWe use Stripe & Adyen’s services.\nSecond line\n\n- Supabase\n- Cloudflare\n\nPurpose | Basis\nOrders | Contract',
    )
  })
})

describe('notice files', () => {
  it('reads a PDF by its text layer and a Word document through mammoth, finding the same processors as in the web page', async () => {
    const names = async (file: string) => {
      const text = await readNoticeFile(file, fs.readFileSync(file))
      const reading = readNotice(text, {
        language: 'en',
        organisationName: 'Tulip Threads B.V.',
        country: 'NL',
      })
      return reading.items.filter((i) => i.kind === 'party').map((p) => p.name)
    }
    const html = await names(path.join(NOTICE_FIXTURES, 'tuned', 'en-tulip-shop.html'))
    expect(html).toEqual(expect.arrayContaining(['Adyen', 'Shopify', 'PostNL', 'Klaviyo']))
    expect(await names(path.join(files, 'en-tulip-shop.docx'))).toEqual(
      expect.arrayContaining(['Adyen', 'Shopify', 'PostNL', 'Klaviyo']),
    )
    expect(await names(path.join(files, 'en-tulip-shop.pdf'))).toEqual(
      expect.arrayContaining(['Adyen', 'Shopify', 'PostNL', 'Klaviyo']),
    )
  })

  it('leaves the engine its own JSON and Array.prototype.push after reading a PDF (pdf.js brings slow polyfills of them)', async () => {
    await readNoticeFile('notice.pdf', fs.readFileSync(path.join(files, 'en-tulip-shop.pdf')))
    // Another realm's toString shows the source of a function, which a polyfill's own toString hides.
    const source = vm.runInNewContext('Function.prototype.toString') as (this: unknown) => string
    for (const builtIn of [JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString])
      expect(source.call(builtIn)).toContain('[native code]')
    expect(JSON.stringify({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}')
  })

  it('reads Windows-1252 text and Markdown without its marks', async () => {
    expect(await readNoticeFile('n.txt', Buffer.from([0x53, 0xe4, 0x69, 0x6c, 0x79, 0x74, 0x79, 0x73]))).toBe(
      'Säilytys',
    )
    expect(
      await readNoticeFile(
        'n.md',
        Buffer.from(
          '## 1. Who we are\n\nWe use **[Stripe](https://stripe.com)** for _payments_.\n\n| Purpose | Basis |\n|---|---|\n| Orders | Contract |\n',
        ),
      ),
    ).toBe('1. Who we are\n\nWe use Stripe for payments.\n\nPurpose | Basis\nOrders | Contract')
  })

  it('refuses what it cannot read, in words', async () => {
    await expect(readNoticeFile('notice.doc', Buffer.from('x'))).rejects.toThrow(/old Word 97–2003 document/)
    await expect(readNoticeFile('notice.odt', Buffer.from('x'))).rejects.toThrow(
      /\.txt.*\.md.*\.html.*\.pdf.*\.docx/,
    )
    await expect(readNoticeFile('notice.txt', Buffer.alloc(0))).rejects.toThrow(/is empty/)
    await expect(readNoticeFile('notice.pdf', Buffer.from('not a pdf'))).rejects.toThrow(
      /could not be opened as a PDF/,
    )
    await expect(readNoticeFile('notice.docx', Buffer.from('not a zip'))).rejects.toThrow(
      /could not be read as a Word document/,
    )
  })
})
