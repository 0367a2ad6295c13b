/** `text` as a regular-expression fragment that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `text` as a regular-expression fragment that matches it literally, any run of whitespace matching any other. */
export function looseLiteral(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+')
}
