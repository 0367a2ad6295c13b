import type { Block } from 'payload'

import { readAlsoBlockSlug } from './parse'

/** The Read-also block of the article body: a headline, a URL or a picked article; resolved when the article is saved. */
export const ReadAlsoBlock: Block = {
  slug: readAlsoBlockSlug,
  fields: [
    {
      name: 'headline',
      type: 'text',
      admin: { description: 'The headline of the story to point at, as written. It may not exist yet.' },
    },
    { name: 'url', type: 'text', admin: { description: 'Or its address: the last path segment is matched to slugs.' } },
    {
      name: 'article',
      type: 'relationship',
      admin: { description: 'Or pick the article itself.' },
      relationTo: 'articles',
    },
  ],
  interfaceName: 'ReadAlsoBlock',
  labels: { plural: 'Read also', singular: 'Read also' },
}
