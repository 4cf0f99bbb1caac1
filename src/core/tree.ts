// The statement tree: unist-style nodes with positions into the normalized text of a source file.

/** A place in the normalized text: line and column from 1; offset from 0, in UTF-16 units. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** From the first character of a node to the first character after it. */
export interface Position {
  start: Point
  end: Point
}

/** Any node of the tree. `data` holds extras that are not part of the model. */
export interface Node {
  type: string
  position?: Position
  data?: Record<string, unknown>
}

/** A node with children. */
export interface Parent extends Node {
  children: Node[]
}

/** How a paragraph's printed label looks: "1." / "(1)" / "1)" / "I." / "a)" / "-" / "•". */
export type LabelKind = 'number' | 'paren-number' | 'roman' | 'letter' | 'bullet'

/** The root: the headings and paragraphs of one document, in order. */
export interface Document extends Parent {
  type: 'document'
  children: Block[]
}

/** A top-level block of the document. */
export type Block = Heading | Paragraph

/** A heading or title line: not part of the statement's paragraphs. */
export interface Heading extends Node {
  type: 'heading'
  /** The heading text, exactly as it stands in the normalized text. */
  value: string
  position: Position
}

/** One paragraph of the statement (a numbered paragraph, a plain paragraph or a list entry). */
export interface Paragraph extends Parent {
  type: 'paragraph'
  /** The label printed in the document ("3." gives "3"; "(b)" gives "b"; "•" for a bullet), or null. */
  label: string | null
  /** What kind of label it is, or null when unlabelled. */
  labelKind: LabelKind | null
  /** The printed number as an integer ("3." → 3, "IV." → 4), or null when not numbered. */
  number: number | null
  /** 1-based position among the document's paragraphs (headings not counted). */
  ordinal: number
  position: Position
  children: Sentence[]
}

/** One sentence of a paragraph. */
export interface Sentence extends Node {
  type: 'sentence'
  /** The sentence text, exactly as it stands in the normalized text. */
  value: string
  position: Position
}

/** Every node type the tree may contain. */
export type TreeNode = Document | Heading | Paragraph | Sentence
