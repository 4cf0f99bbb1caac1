// Every anchor rule is data with one real example phrase: each example must make its own rule fire.
import { describe, expect, it } from 'vitest'
import { findCandidates } from '../passes/01-find-anchors.js'
import { extractItems } from '../extract-items.js'
import { parseStatement } from '../../parse/index.js'
import { ANCHOR_RULES } from './index.js'
import { userPledgeRule } from './commitment.js'
import { useLexicons } from '../../lexicon/user-lexicon.js'

describe('anchor rules', () => {
  it('have unique ids, heads and an example each', () => {
    expect(new Set(ANCHOR_RULES.map((r) => r.id)).size).toBe(ANCHOR_RULES.length)
    for (const r of ANCHOR_RULES) {
      expect(r.heads.length, r.id).toBeGreaterThan(0)
      expect(r.example.split(/\s+/).length, r.id).toBeGreaterThan(2)
    }
  })

  // Patterns run over lower-cased text: a capital letter in a pattern (not an escape such as \\s, \\S)
  // could never match ("the U\\.S\\." once hid "reiterated the U.S. commitment to").
  it.each(ANCHOR_RULES.map((r) => [r.id, r] as const))('%s has no capital letter to match', (_id, rule) => {
    const literal = rule.pattern.source.replace(/\\[a-zA-Z]|\\p\{[A-Za-z]+\}|\(\?<[a-zA-Z]+>/g, '')
    expect(literal).not.toMatch(/[A-Z]/)
  })

  it.each(ANCHOR_RULES.map((r) => [r.id, r] as const))('%s fires on its example', (_id, rule) => {
    expect(findCandidates(rule.example).some((a) => a.rule.id === rule.id)).toBe(true)
  })

  it('tries a rule only at a whole head word', () => {
    const modal = (text: string): number[] =>
      findCandidates(text)
        .filter((a) => a.rule.id === 'commitment/modal-future')
        .map((a) => a.start)
    expect(modal('Will cooperate, and they will cooperate; WILL cooperate')).toEqual([0, 25, 41])
    expect(modal('goodwill cooperate, willing cooperate, swill cooperate, éwill cooperate, will2 cooperate')).toEqual([])
    expect(modal('wíll cooperate')).toEqual([])
  })

  it('the rule of a user lexicon’s pledge verbs fires on its example', () => {
    const rule = userPledgeRule(['covenant'])
    useLexicons([{ pledgeVerbs: ['covenant'] }])
    try {
      expect(findCandidates('the two countries covenant to build a new port').some((a) => a.rule.id === rule.id)).toBe(true)
    } finally {
      useLexicons([])
    }
  })

  it.each(ANCHOR_RULES.filter((r) => r.type === 'commitment' || r.type === 'directive').map((r) => [r.id, r] as const))(
    '%s makes a trackable item of its example',
    (_id, rule) => {
      const text = `The Ministers of Japan and the United Kingdom met in Tokyo on 8 January 2016.\n${rule.example}.`
      const parties = ['Japan', 'United Kingdom', 'United States', 'Australia']
      const items = extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] }, { overrides: { parties } }))
      expect(
        items.some((i) => i.rule === rule.id && i.type === rule.type),
        JSON.stringify(items.map((i) => [i.rule, i.type, i.text])),
      ).toBe(true)
    },
  )
})
