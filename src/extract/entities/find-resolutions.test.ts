import { describe, expect, it } from 'vitest'
import { findResolutions, resolutionName } from './find-resolutions.js'

describe('findResolutions', () => {
  it.each<[string, string[]]>([
    ['in accordance with resolution 2231 (2015)', ['UNSC Resolution 2231=resolution 2231 (2015)']],
    ['UNSCR 1325 on Women, Peace and Security', ['UNSC Resolution 1325=UNSCR 1325']],
    [
      'resolutions 1718 (2006), 1874 (2009) and 2397 (2017)',
      ['UNSC Resolution 1718=resolutions 1718 (2006)', 'UNSC Resolution 1874=1874 (2009)', 'UNSC Resolution 2397=2397 (2017)'],
    ],
    ['General Assembly resolution ES-11/1', ['UNGA Resolution ES-11/1=resolution ES-11/1']],
    ['In accordance with UNSC Res. 2966 passed in 2023', ['UNSC Resolution 2966=Res. 2966']],
    ['all relevant UN Security Council resolutions', []],
    ['ECOSOC resolution 2023/5', []],
  ])('%s', (text, expected) => {
    const found = findResolutions(text)
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text)
    expect(found.map((e) => `${e.name}=${e.text}`)).toEqual(expected)
  })

  it('names plain numbers as Security Council and session numbers as General Assembly resolutions', () => {
    expect(resolutionName('2231 (2015)')).toBe('UNSC Resolution 2231')
    expect(resolutionName('75/1')).toBe('UNGA Resolution 75/1')
  })
})
