import { describe, expect, it } from 'vitest'
import { isAppUrl, isExternalWebUrl } from '../../electron/main/trusted-url'

describe('trusted URLs of the desktop window', () => {
  it('trusts only app://ropa/', () => {
    expect(isAppUrl('app://ropa/index.html')).toBe(true)
    expect(isAppUrl('app://ropa/index.html#/orgs/1')).toBe(true)
    for (const url of ['app://evil/index.html', 'https://ropa/index.html', 'file:///etc/passwd', 'app://user:pw@ropa/', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })

  it('hands only http(s) links to the OS browser', () => {
    expect(isExternalWebUrl('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(true)
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'app://ropa/']) expect(isExternalWebUrl(url), url).toBe(false)
  })
})
