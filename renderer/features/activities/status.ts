import type { Status } from '../../../shared/schemas/codes'

export const STATUS_COLOURS: Record<Status, string> = { draft: 'yellow', active: 'teal', retired: 'gray' }
