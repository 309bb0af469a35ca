import { useState, type ReactNode } from 'react'
import { errorText } from '../api'

/** A labelled field; the label wraps the control so that screen readers name it. */
export function Field(props: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="label">{props.label}</span>
      {props.children}
      {props.hint ? <span className="hint">{props.hint}</span> : null}
    </label>
  )
}

/** Error box announced to screen readers. */
export function ErrorBox(props: { error: unknown }) {
  if (!props.error) {
    return null
  }
  return (
    <p className="error" role="alert">
      {errorText(props.error)}
    </p>
  )
}

/** Runs an async action with busy and error state. */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): { run: (...args: A) => Promise<R | undefined>; busy: boolean; error: unknown } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  return {
    busy,
    error,
    run: async (...args: A) => {
      setBusy(true)
      setError(null)
      try {
        return await action(...args)
      } catch (e) {
        setError(e)
        return undefined
      } finally {
        setBusy(false)
      }
    },
  }
}
