// Command messages worded for API clients: no CLI hints, flags as field names; code and params kept.
import { describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { apiWording, toProblem } from '../../src/server/problem.js'

describe('problem+json wording', () => {
  it('drops CLI hints and names fields instead of flags', () => {
    expect(apiWording('no item 5 in the store; run `communique list` to see item ids')).toBe('no item 5 in the store')
    expect(apiWording('evidence needs --url or --note (or both)')).toBe('evidence needs url or note (or both)')
    expect(apiWording('--due-before expects a date as YYYY-MM-DD (e.g. 2016-01-08), got "x"')).toBe(
      'dueBefore expects a date as YYYY-MM-DD (e.g. 2016-01-08), got "x"',
    )
    expect(apiWording('item 3 changed since you read it (now version 2, your change was based on 1); run `communique show 3` and try again')).toBe(
      'item 3 changed since you read it (now version 2, your change was based on 1)',
    )
  })

  it('keeps code and params, maps codes to statuses', () => {
    const p = toProblem(new CommuniqueError('usage', 'invalid status "x"; use one of a, b', { params: { field: 'status', value: 'x' } }))
    expect(p).toMatchObject({ status: 400, code: 'usage', params: { field: 'status', value: 'x' } })
    expect(toProblem(new CommuniqueError('locked', 'wait')).status).toBe(429)
    expect(toProblem(new Error('boom')).detail).not.toContain('boom')
  })
})
