import type { Handlers } from '../handler'

export const appHandlers: Handlers<'app.info'> = {
  'app.info': async (ctx) => ({ version: ctx.version, workspacePath: ctx.workspacePath, actor: ctx.actor }),
}
