import transliterate from '@sindresorhus/transliterate'

// A run of Latin, Greek or Cyrillic letters with the marks that go with them: these scripts are spelled in Latin
// letters in URLs. Letters of every other script are kept as written, with their combining marks.
const transliterated = /(?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)+/gu

/**
 * A URL slug for a headline or name in any language: Latin, Greek and Cyrillic letters transliterated to plain Latin
 * ("Café crème" → "cafe-creme", "Путин" → "putin"; Payload's default gives "caf-crme"), letters of other scripts kept
 * whole with their combining marks ("हिन्दी समाचार" → "हिन्दी-समाचार", "북한-미사일"), apostrophes dropped ("Kim's" →
 * "kims"), every other run of punctuation and space one hyphen. Empty when the text has no letter or digit.
 */
export function toSlug(text: string): string {
  return text
    .normalize('NFC')
    .replace(transliterated, (run) => transliterate(run))
    .toLowerCase()
    .replace(/['’‘`´ʼ]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    // A mark with no letter before it (after punctuation) is not part of a word.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
}
