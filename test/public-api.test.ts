// The public library API: a change to what src/index.ts exports must be deliberate (update this list).
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('src/index.ts', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CommuniqueError',
        'DEFAULT_MAX_BYTES',
        'DocumentError',
        'EXIT',
        'LINK_KINDS',
        'STATUSES',
        'TOPICS',
        'TRACKABLE_TYPES',
        'analyzeDocument',
        'assertGoldDocument',
        'assertIsoDate',
        'buildReport',
        'buildSeriesReport',
        'canonicalCountry',
        'classifyLink',
        'classifyTopics',
        'complianceAverages',
        'createLineIndex',
        'detectFormat',
        'dueFromDeadline',
        'emptyMeeting',
        'eventCategory',
        'extractItems',
        'fail',
        'findCountryMentions',
        'findDeadline',
        'findEntities',
        'findTimeExpressions',
        'formatDiagnostic',
        'groupMembers',
        'indexSeries',
        'info',
        'ingestStatement',
        'isIsoDate',
        'isOverdue',
        'isTrackable',
        'isUrl',
        'isUserError',
        'linkMeetings',
        'loadBytes',
        'loadSource',
        'normalizePlainText',
        'openStore',
        'parseStatement',
        'renderReportCsv',
        'renderReportHtml',
        'renderReportIcs',
        'renderReportJson',
        'renderReportMarkdown',
        'renderSeriesHtml',
        'scoreDocument',
        'splitSentences',
        'summarize',
        'toDocumentJson',
        'toLinkDocument',
        'warn',
      ].sort(),
    )
  })

  it('extracts the seed statement through the public API alone', async () => {
    const file = await api.loadSource(new URL('../examples/japan-uk-2plus2-2016-01-08.txt', import.meta.url).pathname)
    const items = api.extractItems(api.parseStatement(file))
    expect(items.filter((i) => api.isTrackable(i.type)).length).toBeGreaterThan(20)
  })
})
