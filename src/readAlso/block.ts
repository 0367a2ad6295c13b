import type { Block } from 'payload'

import { readAlsoBlockSlug } from './parse'

/** The admin component that shows, inside each block, what its link resolved to (see src/components/ReadAlsoState.tsx). */
export const readAlsoStateComponent = 'newsroom-cms/components/ReadAlsoState#ReadAlsoState'

/** The Read-also block of the article body: a headline, a URL or a picked article; resolved when the article is saved. */
export const ReadAlsoBlock: Block = {
  slug: readAlsoBlockSlug,
  // The block's header reads "Read also"; a block name would only add an "Untitled" title editors never fill in.
  admin: { disableBlockName: true },
  fields: [
    // Stores nothing: shows the link's state (resolved, pending, ambiguous, self) where the editor works.
    { name: 'linkState', type: 'ui', admin: { components: { Field: readAlsoStateComponent } } },
    {
      name: 'headline',
      type: 'text',
      admin: { description: 'The headline of the story to point at, as written. It may not exist yet.' },
      label: 'Headline',
    },
    {
      name: 'url',
      type: 'text',
      admin: { description: 'Or its address: the last part of the address is matched to stories’ slugs.' },
      label: 'URL',
    },
    {
      name: 'article',
      type: 'relationship',
      admin: { description: 'Or pick the story itself: a picked story wins over the headline and URL.' },
      label: 'Pick a story',
      relationTo: 'articles',
    },
  ],
  interfaceName: 'ReadAlsoBlock',
  labels: { plural: 'Read also', singular: 'Read also' },
}
