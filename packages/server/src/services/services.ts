import type { AppContext } from '../context.js'
import { AccountService } from './account-service.js'
import { AnalysisService } from './analysis-service.js'
import { FtoService } from '../fto/fto-service.js'
import { DocketService } from './docket-service.js'
import { JobService } from './job-service.js'
import { ObjectService } from './object-service.js'
import { PatentService } from './patent-service.js'
import { WatchService } from './watch-service.js'

/** Every service, built over one context. */
export interface Services {
  readonly ctx: AppContext
  readonly accounts: AccountService
  readonly objects: ObjectService
  readonly patents: PatentService
  readonly docket: DocketService
  readonly analysis: AnalysisService
  readonly fto: FtoService
  readonly jobs: JobService
  readonly watches: WatchService
}

/** Builds the services over a context. */
export function createServices(ctx: AppContext): Services {
  return {
    ctx,
    accounts: new AccountService(ctx),
    objects: new ObjectService(ctx),
    patents: new PatentService(ctx),
    docket: new DocketService(ctx),
    analysis: new AnalysisService(ctx),
    fto: new FtoService(ctx),
    jobs: new JobService(ctx),
    watches: new WatchService(ctx),
  }
}
