/**
 * The characters Windows-1252 puts at bytes 0x80–0x9F, in byte order; an empty string marks the five
 * bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which decoders pass through as the C1 control
 * of the same number. Every other byte 0xA0–0xFF decodes to the Latin-1 character of the same number.
 */
const CP1252_80_9F = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
]

/** Code point → byte, for the characters a Windows-1252 or Latin-1 decoder produces from bytes 0x80–0xFF. */
export const SINGLE_BYTE: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>()
  // Latin-1 and the C1 controls (how an ISO-8859-1 decoder, or a cp1252 decoder for undefined bytes, reads them).
  for (let b = 0x80; b <= 0xff; b++) m.set(b, b)
  CP1252_80_9F.forEach((ch, i) => {
    if (ch !== '') m.set(ch.codePointAt(0)!, 0x80 + i)
  })
  return m
})()
