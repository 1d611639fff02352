import { describe, expect, it } from 'vitest'
import { clean, explainRepair } from '../../src/pipeline/clean.js'

const EN_BEFORE =
  'The city council met on Tuesday evening to discuss the budget for the coming year, and most of the members agreed that the schools should come first.'
const EN_AFTER =
  'The mayor said that the vote would take place next month, after the public has had a chance to comment on the plan at a series of meetings.'
// `todas` is `to` + `das` and `offen` is `of` + `fen` to the glued-word repair, which reads English words.
// Each has 150 letters or more, enough for the language detector.
const SPANISH =
  'Las obras del puente terminarán en marzo, según el ayuntamiento, y todas las líneas de autobús volverán a su recorrido habitual a partir de esa semana, cuando se abran de nuevo los dos carriles.'
const GERMAN =
  'In der kommenden Woche beginnen die Arbeiten an der Brücke über den Fluss. Was das für den Verkehr in der Innenstadt bedeutet, ist noch offen, aber die Stadt rechnet mit Staus und bittet die Pendler um Geduld.'

describe('word repairs on a foreign paragraph that foreignText keeps', () => {
  for (const [name, foreign] of [['Spanish', SPANISH], ['German', GERMAN]] as const) {
    const page = [EN_BEFORE, foreign, EN_AFTER].join('\n\n')

    for (const mode of ['mark', 'keep'] as const) {
      it(`should leave the ${name} paragraph's words alone with foreignText '${mode}'`, () => {
        const r = clean(page, { foreignText: mode })
        expect(r.body).toBe(page)
        expect(r.changes).toEqual([])
      })
    }

    it(`should leave the ${name} paragraph alone in repair(), which removes nothing`, () => {
      expect(explainRepair(page, { foreignText: 'keep' })).toEqual({ text: page, changes: [] })
    })
  }

  it('should still split glued English words in the English paragraphs beside it', () => {
    const glued = EN_BEFORE.replace('the budget', 'thebudget')
    const r = clean([glued, SPANISH, EN_AFTER].join('\n\n'), { foreignText: 'keep' })
    expect(r.body).toBe([EN_BEFORE, SPANISH, EN_AFTER].join('\n\n'))
    expect(r.changes.map((c) => c.rule)).toEqual(['repair/glued-words'])
  })

  it('should leave a paragraph alone that is too short for the detector but has accents and reads as no English', () => {
    const short = 'Y todas las líneas volverán a su recorrido habitual.'
    const page = [EN_BEFORE, short, EN_AFTER].join('\n\n')
    expect(clean(page).body).toBe(page)
  })

  it('should still split glued words in a short English paragraph with an accented name', () => {
    const r = clean([EN_BEFORE, 'The owner of the café in the old town said thebridge was closed.', EN_AFTER].join('\n\n'))
    expect(r.body).toContain('said the bridge was closed')
  })

  it('should still mark the foreign paragraph', () => {
    const r = clean([EN_BEFORE, SPANISH, EN_AFTER].join('\n\n'), { foreignText: 'mark' })
    expect(r.metadata.foreignParagraphs?.map((f) => f.lang)).toEqual(['es'])
  })
})
