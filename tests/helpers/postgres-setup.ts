/** Vitest global setup of the `postgres` project: one throwaway server for the run (or ROPA_TEST_PG_URL's). */
import type { TestProject } from 'vitest/node'
import { startThrowawayServer } from './postgres-server'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

export default async function setup(project: TestProject) {
  if (process.env.ROPA_TEST_PG_URL) {
    project.provide('postgresAdminUrl', process.env.ROPA_TEST_PG_URL)
    return
  }
  const server = await startThrowawayServer()
  project.provide('postgresAdminUrl', server.adminUrl)
  return () => server.stop()
}
