/** A parsed XML element: name and attribute names as written (case kept), attributes, children. */
export interface XmlElement {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: XmlNode[]
}

/** A child node: an element or a run of character data. */
export type XmlNode = XmlElement | string

/** A well-formedness problem found while building the tree. */
export interface XmlProblem {
  /** Character offset inside the parsed text. */
  readonly offset: number
  readonly message: string
}

/** The result of `parseXmlTree`: the root element (if any) and the problems met. */
export interface XmlTree {
  readonly root: XmlElement | undefined
  readonly problems: readonly XmlProblem[]
}
