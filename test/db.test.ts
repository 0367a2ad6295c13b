import { jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

describe('DATABASE_URI picks the adapter', () => {
  it('maps unset, file:, postgres:// and mongodb:// to their adapters and names anything else', async () => {
    const { databaseKind } = await import('../src/db')
    const { DATABASE_URI: given, ...rest } = process.env
    process.env = rest
    expect(databaseKind()).toBe('sqlite')
    process.env = { ...rest, ...(given === undefined ? {} : { DATABASE_URI: given }) }
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./data/newsroom.db')).toBe('sqlite')
    expect(databaseKind('postgres://127.0.0.1:5432/news')).toBe('postgres')
    expect(databaseKind('postgresql://127.0.0.1/news')).toBe('postgres')
    expect(databaseKind('mongodb://127.0.0.1/news')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/news')).toBe('mongodb')
    expect(() => databaseKind('mysql://127.0.0.1/news')).toThrow(/DATABASE_URI must be .*got "mysql:…"/)
  })
})

describe('DATABASE_POOL_MAX', () => {
  it('sizes the PostgreSQL pool (10 by default), keeps some connections free of transactions and names a bad value', async () => {
    const { poolMax, reservedConnections } = await import('../src/db')
    expect(poolMax(undefined)).toBe(10)
    expect(poolMax('25')).toBe(25)
    expect([2, 10, 25].map(reservedConnections)).toEqual([1, 2, 5])
    for (const bad of ['1', 'ten', '2.5', '-3']) expect(() => poolMax(bad)).toThrow(`DATABASE_POOL_MAX must be a whole number of at least 2; got "${bad}"`)
  })
})

describe('PAYLOAD_SECRET', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
  })

  it('is required in production on a database server', async () => {
    Object.assign(process.env, { DATABASE_URI: 'postgres://127.0.0.1/news', NODE_ENV: 'production' })
    delete process.env.PAYLOAD_SECRET
    const { payloadSecret } = await import('../src/secret')
    expect(() => payloadSecret()).toThrow('PAYLOAD_SECRET must be set in production')
  })

  it('is generated once into the data folder for the embedded default and then reused', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-secret-'))
    Object.assign(process.env, { NEWSROOM_DATA_DIR: dataDir, NODE_ENV: 'production' })
    delete process.env.PAYLOAD_SECRET
    delete process.env.DATABASE_URI
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { payloadSecret } = await import('../src/secret')
    const first = payloadSecret()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(path.join(dataDir, '.payload-secret'), 'utf8')).toBe(first)
    expect(payloadSecret()).toBe(first)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
