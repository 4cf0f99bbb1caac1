// Counting words the way the corpus READMEs do: whitespace-separated tokens.

/** The number of whitespace-separated tokens in `text`. */
export function countWords(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0
    if (space) inWord = false
    else if (!inWord) {
      inWord = true
      n++
    }
  }
  return n
}
