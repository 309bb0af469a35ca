import data from './data/policy-sources.json' with { type: 'json' }
import { parsePolicySources, type PolicySourcesFile } from './policy-source.js'

/** The sources shipped with Chuhai. */
export function defaultPolicySources(): PolicySourcesFile {
  return parsePolicySources(data, 'policy-sources.json')
}
