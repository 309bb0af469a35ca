/** Something a user may want to see while a fetch runs (the CLI prints these on stderr). */
export type ConnectorEvent =
  | {
      readonly kind: 'retry'
      readonly service: string
      readonly reason: string
      readonly waitMs: number
      /** Which retry this is (1 = first retry). */
      readonly attempt: number
    }
  | { readonly kind: 'cache-hit'; readonly service: string; readonly url: string }
  | { readonly kind: 'throttle'; readonly service: string; readonly detail: string }
  | {
      readonly kind: 'download'
      readonly file: string
      readonly bytes: number
      readonly total: number | undefined
    }
