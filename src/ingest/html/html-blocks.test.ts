import { describe, expect, it } from 'vitest'
import { parseHtmlDocument } from './dom.js'
import { htmlBlocks } from './html-blocks.js'

const blocksOf = (body: string) => htmlBlocks(parseHtmlDocument(`<html><body>${body}</body></html>`).body!)

describe('htmlBlocks', () => {
  it('gives the entries of an <ol> their rendered numbers', () => {
    expect(blocksOf('<ol><li>First.</li><li>Second.</li></ol><ol start="7"><li>Seventh.</li><li value="10">Tenth.</li></ol>')).toEqual([
      { kind: 'list-item', text: '1. First.' },
      { kind: 'list-item', text: '2. Second.' },
      { kind: 'list-item', text: '7. Seventh.' },
      { kind: 'list-item', text: '10. Tenth.' },
    ])
  })

  it('keeps a label already printed in the text, and bullets <ul> entries', () => {
    expect(blocksOf('<ol><li>3. Printed.</li></ol><ul><li>Item <b>one</b></li></ul><ol type="a"><li>x</li><li>y</li></ol>').map((b) => b.text)).toEqual([
      '3. Printed.',
      '• Item one',
      'a. x',
      'b. y',
    ])
  })

  it('reads headings, paragraphs, loose text and nested lists in order', () => {
    expect(blocksOf('<h2>Title</h2><div>Loose <em>text</em><p>Para\none.</p></div><ul><li>Outer<ul><li>Inner</li></ul></li></ul>')).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'Loose text' },
      { kind: 'paragraph', text: 'Para one.' },
      { kind: 'list-item', text: '• Outer' },
      { kind: 'list-item', text: '• Inner' },
    ])
  })

  it('ends a block at <br> unless the next line goes on in lower case', () => {
    expect(blocksOf('<p>January 8, 2016<br>Tokyo</p><p>The Ministers met<br>in Tokyo.</p>').map((b) => b.text)).toEqual([
      'January 8, 2016',
      'Tokyo',
      'The Ministers met in Tokyo.',
    ])
  })

  it('ignores images, captions and scripts', () => {
    expect(blocksOf('<figure><img alt="Photo 1"><figcaption>Photo 1</figcaption></figure><script>x()</script><p>Text.</p>')).toEqual([
      { kind: 'paragraph', text: 'Text.' },
    ])
  })
})
