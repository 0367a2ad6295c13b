/** `text` as a regular-expression fragment that matches it literally, any run of whitespace matching any other. */
export function looseLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
}
