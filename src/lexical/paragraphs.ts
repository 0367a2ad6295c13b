import type { Article } from '../documents'

export type RichText = NonNullable<Article['body']>

/** A Lexical document of plain paragraphs, one per entry: the shape pasted or imported copy arrives in. */
export function paragraphsToLexical(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
      })),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
