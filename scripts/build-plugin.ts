/**
 * Builds the publishable plugin into dist/: ES modules and .d.ts declarations from tsconfig.build.json (the plugin,
 * its admin components and its document types; never the app's payload-types.ts), relative imports given the file
 * extensions Node's ESM resolution needs, and the stylesheets next to the components that import them.
 * Run by `npm run build:plugin` and by `prepack` (so `npm pack` and `npm publish` always ship a fresh build).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')

fs.rmSync(dist, { force: true, recursive: true })
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
})
if (tsc.status !== 0) process.exit(tsc.status ?? 1)

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** `./x` → `./x.js` or `./x/index.js`, whichever was emitted; anything else unchanged. */
function withExtension(file: string, specifier: string): string {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return specifier
  if (/\.(c|m)?js$|\.json$|\.s?css$/.test(specifier)) return specifier
  const target = path.resolve(path.dirname(file), specifier)
  if (fs.existsSync(`${target}.js`)) return `${specifier}.js`
  if (fs.existsSync(path.join(target, 'index.js'))) return `${specifier}/index.js`
  throw new Error(`${path.relative(root, file)}: cannot resolve ${specifier}`)
}

const specifiers = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g
for (const file of filesUnder(dist)) {
  if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue
  const text = fs.readFileSync(file, 'utf8')
  const rewritten = text.replace(specifiers, (_, lead: string, quote: string, spec: string) => `${lead}${quote}${withExtension(file, spec)}${quote}`)
  if (rewritten !== text) fs.writeFileSync(file, rewritten)
}

// Stylesheets the compiled sources sit next to (tsc copies none); the Next app's own styles stay out.
for (const dir of ['src', 'collections']) {
  for (const file of filesUnder(path.join(root, dir))) {
    if (!/\.s?css$/.test(file) || file.includes(`${path.sep}app${path.sep}`)) continue
    const target = path.join(dist, path.relative(root, file))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(file, target)
  }
}
console.log(`Built the plugin into ${path.relative(process.cwd(), dist) || 'dist'}/`)
