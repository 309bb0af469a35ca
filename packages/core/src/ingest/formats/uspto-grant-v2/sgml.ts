/**
 * Elements that the ST.32 v2.4 DTD declares EMPTY. The 2001 SGML files write them as bare start
 * tags (`<CITED-BY-EXAMINER>`, `<EMI ID=... FILE=...>`) with no end tag; USPTO's own
 * SGML-to-XML converter closes exactly these. In the XML editions CLREF has content and an end tag.
 */
const EMPTY_ELEMENTS = [
  ...['B221US', 'B473US', 'B597US', 'CHEMCDX', 'CHEMMOL', 'CITED-BY-EXAMINER', 'CITED-BY-OTHER'],
  ...['CLREF', 'CRF', 'CUSTOM-CHARACTER', 'DEL-E', 'DEL-S', 'DFREF', 'EMI', 'EMR', 'FOR'],
  ...['INS-E', 'INS-S', 'LSTREF', 'MATHEMATICA', 'PAREF', 'TBLREF', 'SEQREF'],
  ...['colspec', 'spanspec', 'COLSPEC', 'SPANSPEC'],
  // MathML: presentation spacing and alignment, and the content-markup operators.
  ...['mspace', 'mprescripts', 'none', 'malignmark', 'maligngroup', 'sep'],
  ...['inverse', 'ident', 'compose', 'exp', 'abs', 'conjugate', 'factorial', 'minus', 'quotient'],
  ...['divide', 'power', 'rem', 'plus', 'max', 'min', 'times', 'gcd', 'root', 'exists', 'forall'],
  ...['and', 'or', 'xor', 'not', 'implies', 'log', 'int', 'diff', 'partialdiff', 'ln', 'setdiff'],
  ...['union', 'intersect', 'sum', 'product', 'limit', 'sin', 'cos', 'tan', 'sec', 'csc', 'cot'],
  ...['sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth', 'arcsin', 'arccos', 'arctan', 'mean'],
  ...['sdev', 'var', 'median', 'mode', 'moment', 'determinant', 'transpose', 'select', 'neq'],
  ...['eq', 'gt', 'lt', 'geq', 'leq', 'in', 'notin', 'notsubset', 'notprsubset', 'subset'],
  ...['prsubset', 'tendsto'],
]

const START_TAG = new RegExp(`<(${EMPTY_ELEMENTS.join('|')})((?:\\s[^<>]*?)?)(/?)>`, 'g')

/**
 * Closes the start tags of EMPTY elements that the document never closes itself (`<EMI ...>` →
 * `<EMI .../>`), so that SGML without end tags for empty elements builds the right tree. An
 * element that has an end tag anywhere in the document is left alone: it is XML and may have
 * content. Elements that hold content are never touched, so true truncation is still reported.
 */
export function closeEmptyElements(body: string): string {
  const bare = new Set<string>()
  for (const m of body.matchAll(START_TAG)) {
    if (!m[3]) {
      bare.add(m[1]!)
    }
  }
  const open = new Set([...bare].filter((name) => !body.includes(`</${name}`)))
  if (open.size === 0) {
    return body
  }
  return body.replace(START_TAG, (tag, name: string, attrs: string, slash: string) =>
    slash || !open.has(name) ? tag : `<${name}${attrs}/>`,
  )
}
