import type { z } from 'zod'
import type { Contract, MethodName } from '../../shared/api'
import type { CoreContext } from './context'

/** A handler gets the validated input and returns what the method's output schema describes. */
export type Handler<M extends MethodName> = (
  ctx: CoreContext,
  input: z.output<Contract[M]['input']>,
) => Promise<z.input<Contract[M]['output']>>

export type Handlers<M extends MethodName> = { [K in M]: Handler<K> }
