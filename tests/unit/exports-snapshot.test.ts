import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { packSnapshot, unpackSnapshot } from '../../electron/core/exports/snapshot'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'
import { bigRegister } from '../helpers/big-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { rawSql } from '../helpers/raw-sql'

describe('the register snapshot an export record keeps', () => {
  it('is exactly the JSON of the register, gzip-compressed, and reads back equal', async () => {
    const doc = registerDocumentSchema.parse(richRegister())
    const packed = await packSnapshot(doc)
    expect(zlib.gunzipSync(packed).toString('utf8')).toBe(JSON.stringify(doc))
    expect(unpackSnapshot(packed)).toEqual(doc)
    const empty = { ...doc, activities: [] }
    expect(zlib.gunzipSync(await packSnapshot(empty)).toString('utf8')).toBe(JSON.stringify(empty))
  })

  it('takes a fraction of the space of the JSON for a large register, compressed piece by piece', async () => {
    const doc = registerDocumentSchema.parse(bigRegister(2000))
    const json = JSON.stringify(doc)
    expect(json.length).toBeGreaterThan(3 * 1024 * 1024)
    const packed = await packSnapshot(doc)
    expect(packed.length).toBeLessThan(json.length / 10)
    expect(zlib.gunzipSync(packed).toString('utf8')).toBe(json)
    expect(unpackSnapshot(packed).activities).toHaveLength(2000)
  })

  it('reads back exactly when one part of the JSON is larger than a compressed piece, in any script', async () => {
    const doc = registerDocumentSchema.parse(bigRegister(300))
    // Notes outside ASCII (two, three and four bytes a character in UTF-8) on the organisation's parties make the
    // document's head alone larger than a piece; the activities carry them too.
    const note = 'Käsittely – 処理 — обработка 🙂 '.repeat(6000)
    doc.parties = doc.parties.map((p) => ({ ...p, notes: note }))
    doc.activities = doc.activities.map((a, i) => (i % 7 === 0 ? { ...a, notes: note } : a))
    const json = JSON.stringify(doc)
    expect(Buffer.byteLength(json.slice(0, json.indexOf('"activities"')))).toBeGreaterThan(1024 * 1024)
    const packed = await packSnapshot(doc)
    expect(zlib.gunzipSync(packed).toString('utf8')).toBe(json)
  })

  it('is stored compressed, and records made before (plain JSON text) still read back', async () => {
    const ws = await richWorkspace()
    const { job } = await exportFile(ws, 'csv')
    const [{ snapshot_json: stored }] = await rawSql<{ snapshot_json: unknown }>(
      ws.file,
      `SELECT snapshot_json FROM export_records WHERE id = '${job.record!.id}'`,
    )
    expect(Buffer.isBuffer(stored)).toBe(true)
    const current = await ws.client.call('exports.get', { id: job.record!.id })
    // An older record: the same snapshot as JSON text.
    // (A team database keeps the bytes of that text: a copied older record.)
    const text = JSON.stringify(current.snapshot).replace(/'/g, "''")
    await rawSql(
      ws.file,
      `UPDATE export_records SET snapshot_json = ${ws.backend.ctx.storage.engine === 'postgres' ? `convert_to('${text}', 'UTF8')` : `'${text}'`} WHERE id = '${job.record!.id}'`,
    )
    expect(await ws.client.call('exports.get', { id: job.record!.id })).toEqual(current)
    expect(current.snapshot.activities.map((a) => a.reference)).toEqual(['PA-01', 'PA-02', 'PA-10'])
  })
})
