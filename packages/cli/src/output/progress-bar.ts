import cliProgress from 'cli-progress'
import type { IngestProgress } from '@chuhai/ingest'

/** A progress bar on stderr (documents/s, MB/s, ETA) when stderr is a terminal; otherwise nothing. */
export function createProgressBar(enabled: boolean): {
  update: (p: IngestProgress) => void
  stop: () => void
} {
  if (!enabled || !process.stderr.isTTY) {
    return { update: () => undefined, stop: () => undefined }
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        '{bar} {percentage}% | {docs} docs ({dps}/s) | {mb} MB ({mbps} MB/s) | ETA {eta_formatted} | {file}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(p) {
      const seconds = Math.max(p.elapsedMs / 1000, 0.001)
      const payload = {
        docs: p.documents,
        dps: Math.round(p.documents / seconds),
        mb: (p.bytes / 1e6).toFixed(1),
        mbps: (p.bytes / 1e6 / seconds).toFixed(1),
        file: p.file.length > 40 ? `…${p.file.slice(-39)}` : p.file,
      }
      if (!started) {
        bar.start(Math.max(p.totalBytes, 1), p.bytes, payload)
        started = true
      } else {
        bar.update(Math.min(p.bytes, Math.max(p.totalBytes, 1)), payload)
      }
    },
    stop() {
      if (started) {
        bar.stop()
      }
    },
  }
}
