import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { isSocialFollow } from '../../src/boilerplate/rules/social-follow.js'
import { FOLLOW_PREPOSITIONS, SOCIAL_NETWORKS } from '../../src/lexicon/boilerplate/social-follow.js'

const PARAS = [
  'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two pounds a visit and promising cold sea dips to anyone brave enough.',
  'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand pounds over the summer, organisers said.',
  'Swimmers who had used the pier for years welcomed the plan, though some neighbours worried about parking on the narrow quay road during winter weekends.',
]

describe('boilerplate/social-follow', () => {
  it('should read prompts to follow the site on a network, in several languages', () => {
    for (const line of [
      'Follow us on Twitter', 'Follow Westcliff News on Instagram, Facebook, X and YouTube.', 'Like us on Facebook to see similar stories',
      'Follow on Instagram', 'Subscribe to Westcliff TV on YouTube', 'Find us on Facebook', 'Folgen Sie uns auf Facebook',
      'Suivez-nous sur X', 'Síguenos en Instagram', 'Seguici su Telegram', 'Obserwuj nas na Facebooku', 'Theo dõi chúng tôi trên Zalo',
    ]) expect(isSocialFollow(line), line).toBe(true)
  })

  it('should keep sentences that open with the same words', () => {
    for (const line of [
      'Follow-up talks on Twitter were held on Monday.', 'Follow the money, the Twitter chief said.', 'Like many on X, she left the platform last year.',
      'Join us at Xmas', 'Follow the debate on Line 3 of the metro', 'Following the vote on Facebook, the council resigned.', 'Facebook followed on Monday.',
    ]) expect(isSocialFollow(line), line).toBe(false)
  })

  it('should read any preposition and network after `Follow us`, and none after a hyphenated `Follow-up`', () => {
    const prep = fc.constantFrom(...FOLLOW_PREPOSITIONS)
    const net = fc.constantFrom(...SOCIAL_NETWORKS)
    fc.assert(fc.property(prep, net, (p, n) => isSocialFollow(`Follow us ${p} ${n}`) && !isSocialFollow(`Follow-up us ${p} ${n}`)))
  })

  it('should take the prompt out of the article, which goes on around it', () => {
    const prompt = 'Follow Westcliff News on Instagram, Facebook, X and YouTube.'
    const r = clean(['Home', 'News', 'Harbour town opens a public sauna on its old ferry pier', PARAS[0], prompt, PARAS[1], PARAS[2], '© 2024 Example Media'].join('\n'))
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(r.removed.find((x) => x.text === prompt)?.rule).toBe('boilerplate/social-follow')
  })
})
