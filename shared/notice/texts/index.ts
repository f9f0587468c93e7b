/** The notice's fixed texts in every language of the app, each typed against English (a missing text does not compile). */
import type { Language } from '../../schemas/codes'
import { noticeTextsDa } from './da'
import { noticeTextsDe } from './de'
import { noticeTextsEn, type NoticeTexts } from './en'
import { noticeTextsFi } from './fi'
import { noticeTextsFr } from './fr'
import { noticeTextsSv } from './sv'

export const NOTICE_TEXTS: Readonly<Record<Language, NoticeTexts>> = {
  en: noticeTextsEn,
  fi: noticeTextsFi,
  sv: noticeTextsSv,
  da: noticeTextsDa,
  de: noticeTextsDe,
  fr: noticeTextsFr,
}

export function noticeTextsFor(lang: Language): NoticeTexts {
  return NOTICE_TEXTS[lang]
}

export type { NoticeTexts }
