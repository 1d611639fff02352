/**
 * The article-extraction-benchmark metric: `\w+` tokens, 4-token shingles counted as a multiset; per page
 * true positives, false positives and false negatives are divided by their sum; precision and recall are
 * computed from the means over pages, and F1 is their harmonic mean.
 */
const TOKEN = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu
const N = 4

/** The multiset of 4-token shingles of a text. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? []
  const out = new Map<string, number>()
  for (let i = 0; i + N <= tokens.length; i++) {
    const key = tokens.slice(i, i + N).join('\u0000')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  // A text shorter than one shingle still counts as one (possibly empty) shingle.
  if (tokens.length > 0 && tokens.length < N) out.set(tokens.join('\u0000'), 1)
  return out
}

export interface PageScore { tp: number; fp: number; fn: number }

/** Normalised tp/fp/fn of one page. An empty prediction of an empty truth is perfect. */
export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted)
  const t = shingles(truth)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0))
  const sum = tp + fp + fn
  if (sum === 0) return { tp: 1, fp: 0, fn: 0 }
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum }
}

export interface Summary { precision: number; recall: number; f1: number; pages: number }

/** Precision, recall and F1 over pages, from the mean normalised counts. */
export function summarise(scores: readonly PageScore[]): Summary {
  const mean = (k: keyof PageScore): number => scores.reduce((s, x) => s + x[k], 0) / Math.max(1, scores.length)
  const tp = mean('tp')
  const fp = mean('fp')
  const fn = mean('fn')
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, pages: scores.length }
}
