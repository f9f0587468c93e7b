/**
 * Which notice files are read and how much of them, apart from the reading itself: the CLI refuses a file by
 * these before it sends it through dispatch (`ropa draft`).
 */
export const NOTICE_LIMITS = {
  /** A notice is a few pages; 20 MB leaves room for a PDF with images. */
  fileBytes: 20 * 1024 * 1024,
  /** About 300 pages of text. */
  textChars: 1_000_000,
}

export const NOTICE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const
