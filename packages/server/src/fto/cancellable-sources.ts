import type { FtoRecordSource } from '@chuhai/core/fto'
import type { JobControl } from '../jobs/job-handler.js'

/**
 * The record source of an FTO or invalidity run, stopping the run when its job is cancelled
 * (between records) and reporting progress as records are read.
 */
export function cancellableRecords(
  records: FtoRecordSource,
  control: JobControl,
  total: number,
  message: string,
): FtoRecordSource {
  let read = 0
  return {
    statistics: records.statistics,
    describe: () => records.describe(),
    legalEvents: (id) => records.legalEvents(id),
    familyMembers: (record) => records.familyMembers(record),
    async get(id) {
      control.signal.throwIfAborted()
      read += 1
      control.progress({
        fraction: Math.min(1, read / Math.max(1, total)),
        message,
        detail: { done: Math.min(read, total), total },
      })
      return records.get(id)
    },
  }
}
