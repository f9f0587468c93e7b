/**
 * Saves a file the way the host does it: in the desktop app an `<a download>` opens the native save
 * dialog, in browser mode the browser downloads it. One code path for both.
 */
export function downloadFile(fileName: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download may still be reading the blob after click() returns; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Reads a file the user picked in an `<input type="file">` as text. */
export function readFileText(file: File): Promise<string> {
  return file.text()
}
