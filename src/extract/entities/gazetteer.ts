// A token trie: finds the longest listed name at each place of a token stream, in time linear in
// the number of tokens (one map lookup per token where nothing starts).
import type { Token } from './tokens.js'

interface Node<T> {
  next: Map<string, Node<T>>
  value?: T
}

/** A set of names (token sequences), each with a value. */
export class Gazetteer<T> {
  private readonly root: Node<T> = { next: new Map() }

  /**
   * Adds a name. A second value under the same tokens is refused.
   * @returns the value already listed under these tokens, or undefined when added
   */
  add(keys: readonly string[], value: T): T | undefined {
    let node = this.root
    for (const key of keys) {
      let child = node.next.get(key)
      if (!child) node.next.set(key, (child = { next: new Map() }))
      node = child
    }
    if (node.value !== undefined && node.value !== value) return node.value
    node.value = value
    return undefined
  }

  /** The value listed under exactly these tokens, or undefined. */
  get(keys: readonly string[]): T | undefined {
    let node: Node<T> | undefined = this.root
    for (const key of keys) if (!(node = node.next.get(key))) return undefined
    return node.value
  }

  /**
   * Finds listed names in a token stream, longest first, left to right, without overlaps.
   * @returns each match: its value and the index of its first and one-past-last token
   */
  *matches(tokens: readonly Token[]): Generator<{ value: T; from: number; to: number }> {
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.next.get(tokens[i]!.key)
      if (!node) continue
      let best: { value: T; to: number } | null = node.value !== undefined ? { value: node.value, to: i + 1 } : null
      for (let j = i + 1; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!.key)
        if (!node) break
        if (node.value !== undefined) best = { value: node.value, to: j + 1 }
      }
      if (best) {
        yield { value: best.value, from: i, to: best.to }
        i = best.to - 1
      }
    }
  }
}
