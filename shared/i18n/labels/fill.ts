/** Fills `{{name}}` placeholders of a label or a notice text; a placeholder without a value stays as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
}
