import { validateEvent, validateMatter } from '@chuhai/core'
import { openDocket } from '../docket-db.js'
import { presentEvent, presentMatter } from '../output/docket-json.js'
import { list, wholeNumber } from './docket-flags.js'

interface Common {
  db?: string
  today?: string
  json?: boolean
}

const MATTER_LABELS = {
  id: '--id',
  office: '--office',
  title: '--title',
  filingDate: '--filing-date',
  priorityDate: '--priority-date',
  targets: '--targets',
}
const EVENT_LABELS = {
  type: '--type',
  date: '--date',
  due: '--due',
  responseMonths: '--response-months',
}

const json = (value: unknown): void =>
  void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)

/** `docket add-matter`. */
export async function addMatterAction(
  f: Common & {
    office: string
    title: string
    id?: string
    family?: string
    number?: string
    filingDate?: string
    priorityDate?: string
    core?: boolean
    targets?: string
  },
): Promise<void> {
  const input = validateMatter(
    {
      id: f.id,
      family: f.family,
      office: f.office,
      title: f.title,
      applicationNumber: f.number,
      filingDate: f.filingDate,
      priorityDate: f.priorityDate,
      core: f.core,
      targets: list(f.targets),
    },
    MATTER_LABELS,
  )
  const store = openDocket(f.db)
  try {
    const matter = await store.addMatter(input)
    if (f.json) {
      json(presentMatter(matter))
    } else {
      process.stdout.write(
        `added matter ${matter.id} (${matter.office}, family ${matter.family})\n`,
      )
    }
  } finally {
    await store.close()
  }
}

/** `docket add-event`. */
export async function addEventAction(
  f: Common & {
    matter: string
    type: string
    date: string
    responseMonths?: string
    due?: string
    note?: string
  },
): Promise<void> {
  const months = wholeNumber('--response-months', f.responseMonths, 1, 36)
  const input = validateEvent(
    {
      matterId: f.matter,
      type: f.type,
      date: f.date,
      responseMonths: months,
      due: f.due,
      note: f.note,
    },
    EVENT_LABELS,
  )
  const store = openDocket(f.db)
  try {
    const event = await store.addEvent(input)
    if (f.json) {
      json(presentEvent(event))
    } else {
      process.stdout.write(
        `added event ${event.id} (${event.type} ${event.date}) to ${event.matterId}\n`,
      )
    }
  } finally {
    await store.close()
  }
}
