import { describe, expect, it } from 'vitest'
import { isAppUrl, isExternalWebUrl, mayFrameNavigate } from '../../electron/main/trusted-url'
import { SUPERVISORY_AUTHORITIES } from '../../shared/reference/authorities'

describe('trusted URLs of the desktop window', () => {
  it('trusts only app://ropa/', () => {
    expect(isAppUrl('app://ropa/index.html')).toBe(true)
    expect(isAppUrl('app://ropa/index.html#/orgs/1')).toBe(true)
    for (const url of [
      'app://evil/index.html',
      'https://ropa/index.html',
      'file:///etc/passwd',
      'app://user:pw@ropa/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })

  it('hands to the OS browser only https links to the sites the app links to: authorities and EUR-Lex', () => {
    expect(isExternalWebUrl('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(true)
    expect(isExternalWebUrl('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en')).toBe(true)
    for (const a of SUPERVISORY_AUTHORITIES.items) {
      expect(isExternalWebUrl(a.contact.website), a.contact.website).toBe(true)
      if (a.contact.complaintPage)
        expect(isExternalWebUrl(a.contact.complaintPage), a.contact.complaintPage).toBe(true)
    }
    for (const url of [
      'file:///etc/passwd',
      'smb://host/share',
      'javascript:alert(1)',
      'app://ropa/',
      'ms-msdt:/id PCWDiagnostic',
      'http://eur-lex.europa.eu/eli/reg/2016/679/oj',
      'https://evil.example/',
      'https://eur-lex.europa.eu.evil.example/',
      'https://user@eur-lex.europa.eu/',
      'https://eur-lex.europa.eu:8443/',
      'https://europa.eu.evil/',
      'not a url',
    ])
      expect(isExternalWebUrl(url), url).toBe(false)
  })

  it('lets no frame navigate but the window itself within the app', () => {
    expect(mayFrameNavigate({ isMainFrame: true, url: 'app://ropa/index.html' })).toBe(true)
    expect(mayFrameNavigate({ isMainFrame: false, url: 'app://ropa/index.html' })).toBe(false)
    expect(mayFrameNavigate({ isMainFrame: true, url: 'https://eur-lex.europa.eu/' })).toBe(false)
    expect(mayFrameNavigate({ isMainFrame: false, url: 'https://evil.example/' })).toBe(false)
  })
})
