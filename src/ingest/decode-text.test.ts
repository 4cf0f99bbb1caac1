import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text.js'

describe('decodeText', () => {
  it('decodes UTF-8, and UTF-16 with or without BOM', () => {
    expect(decodeText(Buffer.from('Abe’s visit'), 'a')).toBe('Abe’s visit')
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Abe’s visit', 'utf16le')]), 'a')).toBe('Abe’s visit')
    expect(decodeText(Buffer.from('The Ministers met in Tokyo.', 'utf16le'), 'a')).toBe('The Ministers met in Tokyo.')
  })

  it.each([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image/],
    ['NUL bytes', Buffer.from('ab\0cd\0\0\0\0ef\0'), /NUL bytes/],
    ['Latin-1 text', Buffer.from([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeText(bytes, 'x.txt')).toThrow(message)
  })
})

describe('declared charsets', () => {
  it('decodes a page in the charset its meta tag or server declares', async () => {
    const { declaredCharset } = await import('./decode-text.js')
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
      Buffer.from([0xe9]),
      Buffer.from('</p></body></html>'),
    ])
    expect(declaredCharset(page)).toBe('windows-1252')
    expect(decodeText(page, 'p.html', declaredCharset(page))).toContain('Café')
    expect(declaredCharset(Buffer.from('plain'), 'text/plain; charset=Shift_JIS')).toBe('Shift_JIS')
    expect(decodeText(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), 'j.txt', 'shift_jis')).toBe('日本')
  })
})
