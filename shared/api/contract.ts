/**
 * How the API contract is declared: each feature lists its methods (name → zod input and output),
 * and `mergeContracts` joins the features, refusing a method name declared twice.
 */
import type { z } from 'zod'

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** A short description, shown by `ropa` diagnostics and in docs. */
  summary: string
}

export type ContractPart = Record<string, MethodSpec>

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never

export function mergeContracts<P extends ContractPart[]>(...parts: P): UnionToIntersection<P[number]> {
  const merged: ContractPart = {}
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in merged) throw new Error(`API method "${name}" is declared twice`)
      merged[name] = spec
    }
  }
  return merged as UnionToIntersection<P[number]>
}
