import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import { readNames } from '../names.js'
import type { MetadataRule } from '../rule.js'

/** Credit lines: `reporter:Li Yannan`, `责任编辑：张三`, `记者 李四`, `Phóng viên: Nguyễn Văn A` → credits by English role. */
export const creditRule: MetadataRule = {
  id: 'metadata/credit',
  description: 'Read credited people (reporter, photographer, editor, reviewer, translator…) from credit lines and take the lines out of the body.',
}

/**
 * Read the names after a credit label; an empty value (`Editor:` alone) reads as no names.
 *
 * @param value the text after the label
 * @param lex the merged lexicon
 * @returns the names (possibly none), or undefined when the value is not a list of names
 * @example readCredit('Summer Yuqing', lex) // ['Summer Yuqing']
 */
export function readCredit(value: string, lex: MergedLexicon): string[] | undefined {
  if (value.trim().length === 0) return []
  return readNames(value, lex)
}
