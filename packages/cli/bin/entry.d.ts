/** Where `bin/chuhai.js` finds its two builds. */
export interface EntryDirs {
  /** dist/main.js */
  readonly plain: URL
  /** The bundle folder (dist/bundle/, with a trailing slash). */
  readonly bundle: URL
}

/** The module to run for `argv` (see entry.js). */
export function chooseEntry(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  dirs: EntryDirs,
): URL
