import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readByline, withoutJobTitle } from '../../src/metadata/rules/author.js'

describe('job titles after a byline', () => {
  const en = mergedLexicon('en')

  it('should leave a job title or outlet a comma sets off out of the author', () => {
    expect(readByline('By Jane Holloway, Local Democracy Reporter', en)).toBe('Jane Holloway')
    expect(readByline('By Jane Doe, Staff Writer', en)).toBe('Jane Doe')
    expect(readByline('By Jane Doe, Staff Writer, Westcliff Gazette', en)).toBe('Jane Doe')
    expect(readByline('By Jane Doe, Reuters', en)).toBe('Jane Doe')
    expect(readByline('Von Anna Schmidt, Redakteurin', mergedLexicon('de'))).toBe('Anna Schmidt')
    expect(readByline('Par Marie Dupont, correspondante à Lyon', mergedLexicon('fr'))).toBe('Marie Dupont')
    expect(readByline('Por María López, corresponsal en Lima', mergedLexicon('es'))).toBe('María López')
  })

  it('should keep names a comma lists, and a part that joins names', () => {
    expect(readByline('By Jane Doe, John Roe', en)).toBe('Jane Doe, John Roe')
    expect(readByline('By Jane Doe, John Roe and Ann Lee', en)).toBe('Jane Doe, John Roe and Ann Lee')
    expect(withoutJobTitle('JANE DOE, MARY ROE and TOM POEAssociated Press', en)).toBe('JANE DOE, MARY ROE and TOM POEAssociated Press')
  })

  it('should give the name alone through clean(), the whole line out of the body', () => {
    const paras = [
      'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two pounds a visit and promising cold sea dips to anyone brave enough.',
      'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand pounds over the summer, organisers said.',
    ]
    const byline = 'By Jane Holloway, Local Democracy Reporter'
    const r = clean(['Home', 'News', 'Harbour town opens a public sauna on its old ferry pier', byline, 'May 13, 2024', ...paras].join('\n'))
    expect(r.metadata.author).toBe('Jane Holloway')
    expect(r.removed.find((x) => x.text === byline)?.rule).toBe('metadata/author')
    expect(r.body).toBe(paras.join('\n\n'))
  })
})
