/** The typed client reaches components through context, so tests can hand in any bridge. */
import { createContext, useContext, type ReactNode } from 'react'
import type { Client } from '../../shared/api/client'

const ClientContext = createContext<Client | null>(null)

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
}

export function useClient(): Client {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient must be used inside <ClientProvider>')
  return client
}
