import type { Payload } from 'payload'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload('delivery-import')
}, 120_000)

afterAll(async () => shutdown(payload))

const text = (title: string) => `${title}\n\nBy Min-ji Park\n\nThe winter timetable starts on Monday, the operator said.\n\nMore sailings follow in spring.`

describe('bulk-imported stories in the change log', () => {
  it('a bulk import logs each new story as /api/changes would show it: published ones public, drafts for staff only', async () => {
    const { bulkArticleWriter } = await import('../src/import/bulkWrite')
    const { importStories } = await import('../src/import/importStory')
    expect(bulkArticleWriter(payload)).not.toHaveProperty('reason')
    for (const publish of [true, false]) {
      const title = `Ferry timetable changes ${publish ? 'live' : 'held'} ${runId}`
      const [result] = await importStories(payload, { publish, stories: [{ file: 'story.txt', text: text(title) }] })
      expect(result).toMatchObject({ status: 'created' })
      const article = await payload.findByID({ collection: 'articles', depth: 0, draft: false, id: result!.id! })
      const { docs } = await payload.find({ collection: 'change-log', depth: 0, where: { and: [{ collection: { equals: 'articles' } }, { doc: { equals: String(result!.id) } }] } })
      expect(docs.map(({ deleted, published, slug, wasPublished }) => ({ deleted, published, slug, wasPublished }))).toEqual([
        { deleted: false, published: publish, slug: article.slug, wasPublished: false },
      ])
    }
  })
})
