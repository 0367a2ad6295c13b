/**
 * Writes `src/documents.ts`: the document interfaces of `payload-types.ts` without its `declare module 'payload'`
 * block, so the plugin types its own documents without augmenting the types of the app that installs it.
 * Run by `npm run generate`; `npm run check:generated` fails when it is stale.
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const generated = fs.readFileSync(path.join(root, 'payload-types.ts'), 'utf8')
const start = generated.indexOf("declare module 'payload'")
if (start < 0) throw new Error("payload-types.ts has no `declare module 'payload'` block")
const body = generated.slice(0, start).trimEnd()
const header = `/**
 * The newsroom's document types, derived from payload-types.ts by \`npm run generate\` (scripts/document-types.ts)
 * without the block that augments the \`payload\` module: the plugin imports these, so nothing it ships changes
 * Payload's GeneratedTypes. Do not edit by hand.
 */
`
fs.writeFileSync(path.join(root, 'src', 'documents.ts'), `${header}${body}\n`)
