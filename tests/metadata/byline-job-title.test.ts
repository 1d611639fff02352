import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readByline, withoutJobTitle } from '../../src/metadata/rules/author.js'
import { isCapitalised } from '../../src/metadata/names.js'

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

describe('places after a byline, and names in scripts without capitals', () => {
  it('should leave a place a comma sets off out of the author', () => {
    expect(readByline('Por Mariana Lopes, de Belo Horizonte', mergedLexicon('pt'))).toBe('Mariana Lopes')
    expect(readByline('Por Maria de Souza, Ana de Lima', mergedLexicon('pt'))).toBe('Maria de Souza, Ana de Lima')
  })

  it('should count a name of a caseless script as capitalised, and a lower-case Latin one not', () => {
    const lex = mergedLexicon('th')
    expect(isCapitalised('ธนพล ศรีสุข', lex)).toBe(true)
    expect(isCapitalised('محمد علي', lex)).toBe(true)
    expect(isCapitalised('राहुल शर्मा', lex)).toBe(true)
    expect(isCapitalised('the council', lex)).toBe(false)
  })

  it('should read a long headline of a caseless script above the body as the title', () => {
    const title = 'जयपुर में सर्दी की पहली मावठ के बाद कई जिलों में ओले गिरे और किसानों की चिंता बढ़ी'
    const paras = [
      'जयपुर में रविवार सुबह से ही बादल छाए रहे और दोपहर होते होते कई इलाकों में तेज बारिश के साथ ओले भी गिरे, जिससे तापमान में अचानक गिरावट आई।',
      'मौसम विभाग ने अगले दो दिनों तक प्रदेश के उत्तरी जिलों में हल्की से मध्यम बारिश की संभावना जताई है और किसानों को फसल बचाने की सलाह दी है।',
    ]
    const r = clean(['होम', 'राज्य', title, '10 नवंबर 2026', ...paras].join('\n'))
    expect(r.metadata.title).toBe(title)
    expect(r.body).toBe(paras.join('\n\n'))
  })
})
