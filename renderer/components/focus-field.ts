/**
 * Brings a form field into view for links such as `?field=transfers.0.mechanism`: the element with that
 * `data-path` (or, when the field is not shown as an input of its own, the nearest enclosing one:
 * `dataCategories.2.dataCategoryId` → `dataCategories`), scrolled to the middle, focused and highlighted.
 */
export function findFieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const parts = path.split('.')
  while (parts.length > 0) {
    const element = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(parts.join('.'))}"]`)
    if (element) return element
    parts.pop()
  }
  return null
}

export function focusField(path: string): boolean {
  const element = findFieldElement(path)
  if (!element) return false
  const wrapper =
    element.closest<HTMLElement>('.mantine-InputWrapper-root, .mantine-Checkbox-root, [data-field-block]') ??
    element
  wrapper.scrollIntoView({ block: 'center' })
  element.focus({ preventScroll: true })
  wrapper.classList.remove('field-highlight')
  // Restart the animation if the same field is highlighted twice.
  void wrapper.offsetWidth
  wrapper.classList.add('field-highlight')
  wrapper.setAttribute('data-highlighted', 'true')
  window.setTimeout(() => {
    wrapper.classList.remove('field-highlight')
    wrapper.removeAttribute('data-highlighted')
  }, 4000)
  return true
}
