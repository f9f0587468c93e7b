/** Providers around the app: theme, notifications, modals, data cache, translations, API client, router. */
import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import { Router } from 'wouter'
import type { Client } from '../../shared/api/client'
import { ClientProvider } from '../api/context'
import { i18n } from '../i18n'
import { App } from './App'
import { LocalisedDates } from './LocalisedDates'
import { appHrefs, useAppLocation, useAppSearch } from './location'
import { theme } from './theme'

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
})

export function Root({ client }: { client: Client }) {
  return (
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <LocalisedDates>
          <QueryClientProvider client={queryClient}>
            <ClientProvider client={client}>
              <ModalsProvider>
                {/* At most three at once: a run of saves or a bulk change must not stack toasts over the table. */}
                <Notifications position="bottom-right" limit={3} />
                <Router hook={useAppLocation} searchHook={useAppSearch} hrefs={appHrefs}>
                  <App />
                </Router>
              </ModalsProvider>
            </ClientProvider>
          </QueryClientProvider>
        </LocalisedDates>
      </I18nextProvider>
    </MantineProvider>
  )
}
