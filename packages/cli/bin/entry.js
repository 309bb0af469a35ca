import { readFileSync, statSync } from 'node:fs'

/**
 * The module `bin/chuhai.js` runs. `chuhai ingest` runs from the bundle that `npm run build`
 * makes (dist/bundle, ADR 0023): it starts in half the CPU time of ~900 separate modules. Only
 * while the bundle is newer than every package build it was made from (the `.tsbuildinfo` files
 * its manifest lists); otherwise (a `tsc -b` since, no bundle, `CHUHAI_NO_BUNDLE=1`) the command
 * runs from dist like every other command.
 */
export function chooseEntry(argv, env, dirs) {
  if (argv[2] !== 'ingest' || env.CHUHAI_NO_BUNDLE === '1') {
    return dirs.plain
  }
  try {
    const bundle = new URL('main.js', dirs.bundle)
    const built = statSync(bundle).mtimeMs
    const { stamps } = JSON.parse(readFileSync(new URL('manifest.json', dirs.bundle), 'utf8'))
    for (const stamp of stamps) {
      if (statSync(new URL(stamp, dirs.bundle)).mtimeMs > built) {
        return dirs.plain
      }
    }
    return bundle
  } catch {
    return dirs.plain
  }
}
