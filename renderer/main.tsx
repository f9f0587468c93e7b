import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/charts/styles.css'
import '@mantine/dates/styles.css'
import './app/app.css'
import { createRoot } from 'react-dom/client'
import { createClient } from '../shared/api/client'
import { detectBridge } from './api/bridge'
import { prefetchStartPage } from './app/prefetch'
import { queryClient, Root } from './app/Root'

const client = createClient(detectBridge())
prefetchStartPage(queryClient, client, window.location.hash)
createRoot(document.getElementById('root')!).render(<Root client={client} />)
