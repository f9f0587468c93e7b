import fs from 'node:fs'
import type { Command } from 'commander'
import { z } from 'zod'
import { builtinVendorView, VENDOR_LIBRARY } from '../../../shared/library/vendors'
import { workspaceLocation } from '../../core/db/location'
import { parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({ db: z.string().min(1).optional(), json: z.boolean().optional() })

export function registerVendors(program: Command) {
  program
    .command('vendors')
    .description(
      'list the vendor library (built in, with your edits and additions when there is a workspace); verify each entry before relying on it',
    )
    .option(
      '--json',
      'print JSON: a list of vendors, each with id, name, legalEntity, country, processingCountries, dpf, transfers, links, asOf, verify',
    )
    .option(
      '--db <file|url>',
      'workspace file, for your own vendors (default: $ROPA_DB or the app’s own, when it exists)',
    )
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const own = workspaceLocation()
      const useWorkspace = options.db !== undefined || own.kind === 'postgres' || fs.existsSync(own.path)
      const vendors = useWorkspace
        ? await withWorkspace(options.db, ({ client }) => client.call('library.vendors.list', {}))
        : VENDOR_LIBRARY.items.map((v) => builtinVendorView(v.id)!)
      if (options.json) {
        process.stdout.write(JSON.stringify(vendors, null, 2) + '\n')
        return
      }
      const id = Math.max(...vendors.map((v) => v.id.length))
      const name = Math.max(...vendors.map((v) => v.name.length))
      for (const v of vendors)
        process.stdout.write(`${v.id.padEnd(id)}  ${v.name.padEnd(name)}  ${v.country}  ${v.asOf}\n`)
      process.stdout.write(
        `${vendors.length} vendors. Verify each entry against the vendor’s own terms before relying on it.\n`,
      )
    })
}
