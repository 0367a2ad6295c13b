import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Article } from '../../payload-types'

import { toSlug } from '../fields/slug'
import { parseStory } from '../import/parse'
import { paragraphsToLexical } from '../lexical/paragraphs'
import { demoAuthors, demoSources, demoStories, demoTopics } from './content'

/** Loads the demo newsroom into an empty database, in one transaction; does nothing once any article exists. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  if ((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs > 0) return

  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    await createDemo(payload, req)
    if (owns) await commitTransaction(req)
    payload.logger.info(`Loaded demo content: ${demoStories.length} stories.`)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

async function createDemo(payload: Payload, req: PayloadRequest): Promise<void> {
  const ids = new Map<string, Article['id']>()

  for (const author of demoAuthors) {
    ids.set(author.name, (await payload.create({ collection: 'authors', data: { ...author, slug: toSlug(author.name) }, req })).id)
  }
  for (const source of demoSources) {
    ids.set(source.name, (await payload.create({ collection: 'sources', data: source, req })).id)
  }
  for (const topic of demoTopics) {
    const parent = topic.parent ? ids.get(topic.parent) : undefined
    const data = { description: topic.description, name: topic.name, parent, slug: toSlug(topic.name) }
    ids.set(topic.name, (await payload.create({ collection: 'topics', data, req })).id)
  }
  const idsOf = (names: string[]) => names.map((name) => ids.get(name)!)

  for (const story of demoStories) {
    const { headline, paragraphs } = parseStory(story.text)
    await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: idsOf(story.authors),
        body: paragraphsToLexical(paragraphs),
        dateline: story.dateline,
        dek: story.dek,
        publishedAt: story.publishedAt,
        sources: idsOf(story.sources),
        slug: toSlug(headline),
        title: headline,
        topics: idsOf(story.topics),
      },
      req,
    })
  }
}
