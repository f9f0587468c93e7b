import { benchXlsx } from './xlsx'
import { openBench } from './lib/workspace'
const b = await openBench('/tmp/bench/ws/consultant.sqlite')
console.log(JSON.stringify(await benchXlsx(b, Number(process.argv[2] ?? 5), '/tmp/bench/out')))
await b.close()
