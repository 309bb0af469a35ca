/** Text with the matched spans marked (`<mark>`), from the API's [start, end) offsets. */
export function Highlighted(props: {
  text: string
  spans: readonly (readonly [number, number])[]
}) {
  const parts: (string | { mark: string })[] = []
  let at = 0
  for (const [start, end] of props.spans) {
    if (start < at) {
      continue
    }
    parts.push(props.text.slice(at, start), { mark: props.text.slice(start, end) })
    at = end
  }
  parts.push(props.text.slice(at))
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>
}
