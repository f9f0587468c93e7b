import { defineConfig } from '@playwright/test'

// Electron smoke tests: they need Electron's binary, which offline machines cannot download.
// Without it every test reports "skipped: no Electron binary".
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
})
