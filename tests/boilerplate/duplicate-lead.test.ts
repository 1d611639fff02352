import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PARAGRAPHS, classifyText } from './helpers.js'

const RULE = 'boilerplate/duplicate-lead'
const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string]

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1
const droppedAsCopy = (removed: readonly { rule: string; text: string }[], text: string): boolean => removed.some((r) => r.rule === RULE && r.text === text)

describe('duplicate-lead: a lead printed twice', () => {
  it('should keep one print of an English standfirst repeated under the byline', () => {
    const standfirst = 'Harbour authorities will dredge the eastern channel this winter so that larger container ships can dock without waiting for the tide.'
    const input = ['Port to deepen its busiest channel', standfirst, 'By Mara Lindqvist', '14 November 2025', standfirst, P2, P3, P4].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, standfirst)).toBe(1)
    expect(droppedAsCopy(removed, standfirst)).toBe(true)
    // The print that stays runs into the article.
    expect(body.indexOf(standfirst)).toBeLessThan(body.indexOf(P2))
  })

  it('should keep one print of a Chinese standfirst repeated as the first paragraph', () => {
    const standfirst = '记者从市交通局获悉，连接东西两岸的第三座跨江大桥将于明年春天动工，预计三年后建成通车，届时过江时间可缩短一半。'
    const body2 = '据介绍，大桥全长约四公里，采用双向六车道设计，并预留了轨道交通的空间。项目总投资约八十亿元，由市财政和社会资本共同承担。'
    const body3 = '不少市民表示，早晚高峰时段过江常常要排队半个多小时，新桥建成后通勤会方便很多。也有居民担心施工期间的噪音和交通管制。'
    const body4 = '交通局有关负责人说，施工方将尽量避开夜间作业，并提前公布绕行方案，同时在沿线设置临时公交站点，减少对周边居民的影响。'
    const input = ['第三座跨江大桥明年开工', standfirst, '来源：本报记者 林晓', standfirst, body2, body3, body4].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, standfirst)).toBe(1)
    expect(droppedAsCopy(removed, standfirst)).toBe(true)
    for (const p of [body2, body3, body4]) expect(body).toContain(p)
  })

  it('should drop the later print when one paragraph lies between', () => {
    const input = [P1, P2, P1, P3, P4].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, P1)).toBe(1)
    expect(body.startsWith(P1)).toBe(true)
    expect(removed.find((r) => r.rule === RULE)?.start).toBe(input.lastIndexOf(P1))
  })
})

describe('duplicate-lead: a paragraph the article repeats', () => {
  it('should keep a recipe line repeated under a second recipe', () => {
    const dressing = 'For the dressing, whisk 2 tbsp. olive oil, 1 tbsp. lemon juice, 1 tsp. mustard and a pinch of salt until smooth.'
    const input = [
      'Two quick salads for warm evenings, both ready in under twenty minutes and both using the same simple dressing from the cupboard.',
      'Neither needs an oven, and the leftovers keep well in the fridge for a packed lunch the next day, as long as the dressing stays separate.',
      'Chickpea and cucumber salad',
      'Drain a tin of chickpeas, rinse them well and toss them with one diced cucumber, a handful of parsley and half a red onion, sliced thin.',
      dressing,
      'Pour it over just before serving so the cucumber stays crisp.',
      'Lentil and roasted pepper salad',
      'Cook a cup of green lentils for about twenty minutes, drain and cool them, then add two roasted peppers cut into strips and some crumbled feta.',
      dressing,
      'This one tastes better after an hour, once the lentils have soaked up the lemon.',
    ].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, dressing)).toBe(2)
    expect(removed.map((r) => r.rule)).not.toContain(RULE)
  })

  it('should keep a chorus repeated in lyrics quoted in an article', () => {
    const chorus = 'So leave the porch light burning, leave the kettle on the stove, I am coming back by morning on the only road I know.'
    const input = [
      'The band recorded its new single in a converted barn during a week of snow, and the song carries the sound of that isolation.',
      'The singer said she wrote the words on the drive home from her father’s funeral, when the motorway was empty and every town looked the same.',
      'The first verse sets the scene: the long drive, the radio fading between stations, the petrol light blinking for the last forty miles.',
      chorus,
      'The second verse turns to the house itself, the creaking gate and the coats still hanging in the hall where nobody has moved them.',
      chorus,
      'The single is out on Friday, and the band starts a tour of small venues across the north in the spring.',
    ].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, chorus)).toBe(2)
    expect(removed.map((r) => r.rule)).not.toContain(RULE)
  })

  it('should keep a table row repeated in two weeks of a plan', () => {
    const row = 'Wednesday | Rest | A thirty-minute walk and some light stretching keep the legs loose before the long run.'
    const input = [
      'A beginner’s plan should build up slowly: most injuries in the first months come from adding distance faster than tendons can adapt.',
      'The schedule below covers the first two weeks, with three short runs, one longer run and rest days placed between the harder sessions.',
      'Week 1',
      'Monday | Easy run | Twenty minutes at a pace at which you could still hold a conversation without gasping.',
      row,
      'Saturday | Long run | Thirty-five minutes, walking for a minute whenever your breathing gets ragged.',
      'Week 2',
      'Monday | Easy run | Twenty-five minutes at the same gentle pace, on a flat route if you can find one.',
      row,
      'Saturday | Long run | Forty minutes, with the walking breaks only when you need them.',
    ].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, row)).toBe(2)
    expect(removed.map((r) => r.rule)).not.toContain(RULE)
  })

  it('should keep an interview question put to each guest (Russian)', () => {
    const question = 'Что вас вдохновило заняться керамикой, и помните ли вы свою первую удачную работу, которую не стыдно было показать людям?'
    const input = [
      'Мы поговорили с тремя мастерами, которые открыли собственные мастерские в нашем городе за последние два года, и задали им одни и те же вопросы.',
      'Анна Белова',
      question,
      '— Всё началось с курсов, на которые меня записала подруга. Первой удачной работой стала кривоватая чашка, из которой я пью чай до сих пор.',
      'Игорь Соколов',
      question,
      '— Я архитектор по образованию, мне всегда хотелось работать руками. Первую удачную вазу я сделал только через полгода занятий.',
      'Мария Ким',
      question,
      '— Керамикой занималась моя бабушка, так что глина была со мной с детства. Первую работу, которую я продала, помню до мелочей.',
    ].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, question)).toBe(3)
    expect(removed.map((r) => r.rule)).not.toContain(RULE)
  })

  it('should keep a long lead the article repeats word for word further down', () => {
    const lead = `${P1.slice(0, -1)}, and that the cost would be shared between the province and the operators who win the contracts.`
    const input = [lead, P2, P3, lead, P4].join('\n\n')
    const { body, removed } = classifyText(input)
    expect(count(body, lead)).toBe(2)
    expect(removed.map((r) => r.rule)).not.toContain(RULE)
  })
})

describe('duplicate-lead properties', () => {
  // Distinct paragraphs: a numbered opening and 16-30 words from a small vocabulary.
  const words = ['river', 'council', 'budget', 'school', 'harbour', 'winter', 'market', 'road', 'village', 'bridge', 'farmers', 'report', 'station', 'festival', 'workers', 'museum']
  const paragraph = (n: number) =>
    fc.array(fc.constantFrom(...words), { minLength: 16, maxLength: 30 }).map((ws) => `Item ${n} notes that the ${ws.join(' ')} matter.`)
  const article = fc.integer({ min: 5, max: 9 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => paragraph(k + 1))))

  it('should never drop a paragraph repeated with two or more paragraphs between', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (paras, a, b) => {
        const from = a % (paras.length - 2)
        // The repeat goes after at least two other paragraphs.
        const at = from + 3 + (b % (paras.length - from - 2))
        const lines = [...paras.slice(0, at), paras[from]!, ...paras.slice(at)]
        const { removed } = classifyText(lines.join('\n\n'))
        expect(removed.filter((r) => r.rule === RULE)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
