import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segment } from '../../src/adapters/text.js'
import { cardRuns, judgeFrontRun, judgeRun, pageBlocks, sentenceCount, TeaserMemo, teaserRun, topicUnits, truncated } from '../../src/boilerplate/rules/teaser-run.js'
import { shapeClass } from '../../src/boilerplate/shape.js'
import { thresholdsFor } from '../../src/boilerplate/thresholds.js'
import { viewOf, type BlockView } from '../../src/boilerplate/view.js'
import { createDoc } from '../../src/core/doc.js'
import { clean } from '../../src/index.js'
import { classifyText } from './helpers.js'

const RULE = 'boilerplate/teaser-run'

/** An article on one topic (a city's bike lanes), long enough to anchor the body. */
const ARTICLE = [
  'The city council voted nine to two on Tuesday night to build a network of protected bike lanes across the downtown core, ending a debate that had divided residents and shop owners for more than a year.',
  'The plan adds 14 kilometres of bike lanes separated from traffic by concrete kerbs, links the river path to the university campus and removes about 300 parking spaces along two commercial streets. Construction of the lanes is due to start in April.',
  'Supporters on the council said the protected lanes would make cycling safer for children and older riders, pointing to a rise in crashes involving cyclists at the busiest downtown junctions. Councillors who voted against the plan said the loss of parking would hurt small shops.',
  'The transport department will hold drop-in sessions about the bike lanes in each affected neighbourhood before work begins, and it has promised to publish monthly counts of cyclists, drivers and pedestrians on the new routes so residents can judge whether the network is used.',
  'A group of shop owners on one of the commercial streets said it would ask the council to phase in the parking changes over two years. The mayor said she was open to discussing the timetable of the bike lanes but not the routes themselves.',
  'Cycling groups welcomed the vote but warned that the lanes would only work if the junctions were redesigned too. They want traffic lights that give cyclists a few seconds of head start and lower speed limits on the streets that the lanes cross.',
  'The council expects the first lanes, on the route between the river path and the campus, to open before the summer holidays. The rest of the network will be built street by street so that no neighbourhood loses all of its parking at once.',
]

/** Cards for other stories: headline, byline, a one- or two-sentence summary. */
const CARDS = [
  ['Museum reopens its glass hall after a decade of repairs', 'Anna Keller', 'Visitors queued from early morning to see the restored ceiling, which a storm damaged in 2014. Curators say the painted glass panels took craftsmen six years to rebuild piece by piece.'],
  ['Striker signs four-year deal with northern rival', 'Tom Baird', 'The transfer fee was not disclosed, but local reports put it at a club record. The forward scored nineteen goals last season and joins his new teammates at their training camp next week.'],
  ['Heatwave warning issued for the southern coast', 'Priya Nair', 'Forecasters expect temperatures above 38 degrees through the weekend and urged people to avoid the midday sun. Hospitals in the coastal towns have cancelled routine operations to free up beds.'],
  ['Chip maker picks former steelworks site for new factory', 'Lena Ortiz', 'The plant is expected to employ about 1,200 people when it opens in three years. The company chose the site for its rail connection and the water supply left over from the steelworks.'],
]

function page(...parts: readonly (readonly string[])[]): string {
  return parts.flat().join('\n\n')
}

function droppedByRule(text: string, line: string): boolean {
  const r = classifyText(text)
  return !r.body.includes(line) && r.removed.some((x) => x.rule === RULE && x.text.includes(line))
}

describe('boilerplate/teaser-run', () => {
  it('should drop headline / byline / summary cards after the article and a share prompt', () => {
    const text = page(ARTICLE, ['Share this story with your friends.'], CARDS.flat())
    const r = classifyText(text)
    for (const p of ARTICLE) expect(r.body).toContain(p)
    for (const line of CARDS.flat()) expect(droppedByRule(text, line)).toBe(true)
  })

  it('should drop cards with a kicker and a source line above the summary', () => {
    const kicked = [
      ['UNDER THE ICE', 'Divers Map A Cave System Beneath A Frozen Lake', 'lakereport.org Science', 'The survey took three winters and found passages far longer than anyone expected. The team now plans to send a small robot into the deepest chamber once the ice is thick enough.'],
      ['ON THE MENU', 'Why Night Markets Are Booming Again', 'foodweekly.com Food Cities', 'Cheap rent and late shifts have brought crowds back to car parks after dark. Stall holders say young cooks try out dishes there before they risk opening a restaurant of their own.'],
      ['SMALL WONDER', 'A Clock Maker Builds A Watch Smaller Than A Coin', 'Craft Design', 'It took him four years and more than 300 parts, each of them cut and polished by hand. He has refused every offer to buy it and plans to show it at a fair in the spring.'],
    ].flat()
    const text = page(ARTICLE, ['Want more stories like these?'], kicked)
    const r = classifyText(text)
    for (const p of ARTICLE) expect(r.body).toContain(p)
    for (const line of kicked) expect(r.body).not.toContain(line)
    expect(r.removed.filter((x) => x.rule === RULE)).toHaveLength(kicked.length)
  })

  it('should drop one-line cards whose summaries are cut short', () => {
    const lines = [
      'Port strike enters second week LISBON: Dock workers extended their walkout on Monday as talks with the operators stalled over pay and the length of...',
      'Rare orchid found on hiking trail OSLO: A volunteer counting birds on a mountain path came across a flower that botanists had not recorded in the...',
      'Court delays ruling on airport expansion VIENNA: Judges said they needed more time to study the noise reports submitted by residents living under the…',
      'Chess prodigy wins national title at 13 MANILA: The youngest champion in the tournament’s history beat three grandmasters on her way to the final and…',
    ]
    const text = page(ARTICLE, lines)
    for (const line of lines) expect(droppedByRule(text, line)).toBe(true)
  })

  it('should drop cards after a Vietnamese article', () => {
    const article = [
      'Ủy ban nhân dân tỉnh đã phê duyệt kế hoạch nâng cấp hệ thống đê sông trong ba năm tới, với tổng vốn đầu tư khoảng 1.200 tỷ đồng, nhằm bảo vệ hơn hai mươi xã thường xuyên bị ngập lụt vào mùa mưa.',
      'Theo kế hoạch nâng cấp đê sông, các đoạn đê xung yếu sẽ được gia cố bằng bê tông, đồng thời xây thêm bốn trạm bơm tiêu nước ở vùng trũng. Sở Nông nghiệp cho biết công trình đê đầu tiên sẽ khởi công vào tháng Ba năm sau.',
      'Nhiều hộ dân sống ven sông cho biết mỗi năm họ phải di dời tài sản ít nhất hai lần khi nước sông lên, và mong công trình đê sớm hoàn thành để yên tâm sản xuất. Một số người đề nghị tỉnh công khai tiến độ thi công để người dân cùng giám sát.',
      'Lãnh đạo tỉnh khẳng định sẽ ưu tiên nâng cấp các đoạn đê sông đã xuống cấp nặng, đồng thời phối hợp với các huyện lập phương án sơ tán dân khi có lũ lớn trong thời gian thi công công trình.',
      'Các chuyên gia thủy lợi cho rằng ngoài việc nâng cấp đê, tỉnh cần trồng thêm rừng phòng hộ ven sông và nạo vét lòng sông để giảm áp lực cho đê khi mực nước lên cao.',
      'Trong năm ngoái, mưa lớn kéo dài đã làm vỡ hai đoạn đê nhỏ, khiến hàng trăm héc-ta lúa bị ngập và nhiều tuyến đường liên xã bị chia cắt suốt một tuần.',
    ]
    const cards = [
      ['Đội tuyển bóng đá nữ giành vé dự vòng chung kết châu Á', 'Minh Anh', 'Hai bàn thắng trong hiệp hai giúp đội bóng vượt qua đối thủ mạnh nhất bảng đấu. Huấn luyện viên cho biết các cầu thủ sẽ được nghỉ ngơi một tuần trước khi tập trung trở lại.'],
      ['Giá cà phê xuất khẩu tăng mạnh trong tháng qua', 'Hoàng Nam', 'Nhu cầu từ thị trường châu Âu tăng cao trong khi sản lượng của nhiều nước giảm do thời tiết khô hạn. Các doanh nghiệp dự báo giá sẽ còn tăng cho đến cuối năm nay.'],
      ['Lễ hội đèn lồng thu hút hàng nghìn du khách về phố cổ', 'Thu Trang', 'Các con phố được trang trí rực rỡ suốt ba đêm liền, nhiều gia đình đưa trẻ nhỏ đến xem. Ban tổ chức cho biết năm sau lễ hội sẽ kéo dài thêm hai ngày.'],
    ].flat()
    const text = page(article, cards)
    const r = classifyText(text)
    for (const p of article) expect(r.body).toContain(p)
    for (const line of cards) expect(droppedByRule(text, line)).toBe(true)
  })

  it('should drop cards after a Chinese article', () => {
    const article = [
      '市交通运输局周二宣布，地铁十二号线将于下月底开通试运营。这条线路全长三十二公里，设车站二十四座，连接城市东部的新区和老城区，预计每天可以运送乘客约四十万人次。',
      '据介绍，十二号线采用六节编组列车，最高时速八十公里，高峰时段发车间隔不超过三分钟。线路沿途设有五个换乘站，乘客可以在这些车站换乘其他地铁线路和城际铁路。',
      '交通运输局负责人表示，开通前将进行为期一个月的空载试运行，检验列车、信号和供电系统的可靠性。试运营初期，地铁十二号线每天的运营时间为早上六点到晚上十一点。',
      '不少住在东部新区的市民说，过去到老城区上班要换乘两次公交车，单程需要一个多小时。十二号线开通以后，通勤时间有望缩短一半，他们期待地铁早日开通。',
      '专家指出，地铁线路的开通将带动沿线商业和住宅的发展，但也提醒有关部门提前做好车站周边的公交接驳和自行车停放规划，方便乘客出行。',
      '据悉，该市目前还有四条地铁线路正在建设中，预计到二零二七年，全市地铁运营里程将超过三百公里，基本形成覆盖主要城区的轨道交通网络。',
      '交通运输局还表示，试运营期间将通过车站广播和手机应用及时发布列车运行信息，并在各车站安排志愿者为老年乘客和外地游客提供引导服务。',
      '根据票价方案，十二号线实行按里程分段计价，起步价两元，乘客使用手机扫码或交通卡进站，在规定时间内换乘其他地铁线路不再另外收费。',
    ]
    const cards = [
      ['全国多地迎来今冬首场降雪', '晚报记者 王丽', '受强冷空气影响，北方多个省份昨天出现明显降雪，部分高速公路临时封闭。气象部门提醒公众注意防寒保暖，外出时关注天气预报。'],
      ['国产大型邮轮完成首次远洋航行', '本报记者 陈刚', '这艘邮轮历时二十天，途经五个国家的港口，共接待游客四千多人次。船上的餐饮和娱乐设施受到游客好评，明年将增开两条航线。'],
      ['博物馆推出夜间开放活动吸引年轻观众', '文化周刊', '每周五和周六晚上，博物馆延长开放时间至晚上九点，并举办讲座和手工体验活动。门票需要提前在网上预约，每场限额五百人。'],
    ].flat()
    const text = page(article, cards)
    const r = classifyText(text)
    for (const p of article) expect(r.body).toContain(p)
    for (const line of cards) expect(droppedByRule(text, line)).toBe(true)
  })

  it('should drop the cards in clean() and keep them when the rule is disabled', () => {
    const text = page(ARTICLE, CARDS.flat())
    expect(clean(text).body).not.toContain(CARDS[2]![2])
    expect(clean(text, { disable: [RULE] }).body).toContain(CARDS[2]![2])
  })

  it('should keep a listicle: subheadings and paragraphs on the article’s topic, no byline line', () => {
    const sections = [
      'Keep a regular bedtime',
      'Going to bed and waking at the same hour every day, weekends included, steadies the body clock so sleep comes faster at night.',
      'Dim the lights in the evening',
      'Bright light late in the evening tells the body clock it is still day; dim lamps an hour before bed make falling asleep easier.',
      'Leave the phone outside the bedroom',
      'Messages and videos keep the mind busy long after the screen goes dark, so a phone charging in the kitchen protects your sleep.',
      'Watch the afternoon coffee',
      'Caffeine stays in the body for hours, and a cup after lunch can still delay sleep at midnight for many people.',
    ]
    const intro = [
      'Most adults need seven to nine hours of sleep a night, yet surveys keep finding that a third of them get less, and many say they lie awake for a long time before sleep comes.',
      'Sleep researchers say that small habits during the day shape how quickly we fall asleep and how often we wake, and that changing a few of them helps more than most sleeping pills.',
      'We asked three sleep doctors which habits matter most for better sleep. Here are the ones all of them mentioned, with the reasons they gave for each of them and how long the change takes to help.',
    ]
    const r = classifyText(page(intro, sections))
    for (const s of sections) expect(r.body).toContain(s)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep numbered items even with a name line under each heading', () => {
    // Shaped and worded like cards, but numbered: the article's own list.
    const items = CARDS.map(([h, n, p], k) => [`${k + 1}. ${h!}`, n!, p!]).flat()
    const r = classifyText(page(ARTICLE, ['Elsewhere in the region this week:'], items))
    for (const s of items) expect(r.body).toContain(s)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep subheadings and paragraphs without a byline line, whatever their topic', () => {
    const sections = CARDS.map(([h, , p]) => [h!, p!]).flat()
    const r = classifyText(page(ARTICLE, sections))
    for (const s of sections) expect(r.body).toContain(s)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep a Q&A interview', () => {
    const qa = [
      'Why did you vote for the lanes?',
      'Because the crashes at the downtown junctions kept rising, and parents told me they would let their children ride if the lanes were protected.',
      'What about the shops?',
      'We will phase in the parking changes where we can, and the counts will show whether shoppers arrive on bikes.',
      'When will the first lanes open?',
      'If construction starts in April as planned, the river path link should open before the summer holidays.',
    ]
    const r = classifyText(page(ARTICLE, ['The mayor answered our questions after the vote.'], qa))
    for (const s of qa) expect(r.body).toContain(s)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep a timeline of the article’s own story', () => {
    const timeline = [
      ['March 2022', 'First proposal', 'Two councillors ask the transport department to study protected bike lanes downtown.'],
      ['June 2023', 'Public survey', 'Residents answer a survey on the bike lanes; most support them, shop owners object to the parking loss.'],
      ['November 2024', 'Council vote', 'The council approves the network of protected bike lanes by nine votes to two.'],
    ].flat()
    const r = classifyText(page(ARTICLE, timeline))
    for (const s of timeline) expect(r.body).toContain(s)
  })

  it('should keep an article whose last paragraphs are short', () => {
    const short = ['Work on the first lanes begins in April.', 'The mayor thanked residents for their patience.', 'The next council meeting is on 3 December.']
    const r = classifyText(page(ARTICLE, short))
    for (const s of short) expect(r.body).toContain(s)
  })

})

describe('boilerplate/teaser-run before the article', () => {
  /**
   * Cards for other stories, the one whose words come closest to the article's (a company's factory and
   * its jobs) first: a last card much closer than the others reads as the article's own and stays.
   */
  const FRONT = [CARDS[3]!, CARDS[0]!, CARDS[1]!, CARDS[2]!]
  /** The article's headline and the lines under it. */
  const HEAD = ['Council approves protected bike lanes downtown', 'By Marta Lindqvist', '14 November 2025']

  /**
   * Whether every line is gone from the body, the rule dropping every summary: the labels of the first card
   * may fall outside the region the shape search finds, and outside-main drops them first.
   */
  function cardsDropped(text: string, cards: readonly (readonly string[])[]): boolean {
    const r = classifyText(text)
    return cards.every((c) => c.every((line) => !r.body.includes(line)) && droppedByRule(text, c[c.length - 1]!))
  }

  it('should drop the cards right before the article’s headline and keep the headline and the article', () => {
    const text = page(FRONT.flat(), HEAD, ARTICLE)
    expect(cardsDropped(text, FRONT)).toBe(true)
    const r = classifyText(text)
    for (const line of ARTICLE) expect(r.body).toContain(line)
    // The headline and the lines under it fare as they do on the page without the cards.
    expect(r.removed.some((x) => x.rule === RULE && HEAD.some((h) => x.text.includes(h)))).toBe(false)
    expect(clean(text).body).toBe(clean(page(HEAD, ARTICLE)).body)
  })

  it('should drop the cards right before the article’s first paragraph', () => {
    const text = page(['Latest stories'], FRONT.flat(), ARTICLE)
    expect(cardsDropped(text, FRONT)).toBe(true)
    for (const p of ARTICLE) expect(classifyText(text).body).toContain(p)
  })

  it('should drop one-line cards cut short above a Spanish article', () => {
    const article = [
      'El ayuntamiento aprobó el martes el plan para renovar la red de autobuses urbanos, que incluye doce líneas nuevas y la compra de ochenta autobuses eléctricos antes de que termine el próximo año.',
      'Según el plan, las nuevas líneas de autobuses conectarán los barrios del norte con el hospital y la universidad, y los autobuses pasarán cada ocho minutos en las horas de más viajeros.',
      'La concejala de movilidad explicó que los autobuses eléctricos se cargarán por la noche en las cocheras municipales, que se ampliarán con una inversión de nueve millones de euros.',
      'Las asociaciones de vecinos celebraron la renovación de los autobuses, aunque pidieron que las paradas de los barrios del norte tengan marquesinas y bancos antes de abrir las líneas.',
      'La oposición votó en contra porque considera que el plan de autobuses llega tarde y que el precio del billete debería bajar para los estudiantes y los jubilados de la ciudad.',
      'Las primeras líneas de autobuses eléctricos empezarán a funcionar en primavera, y el resto de la red se abrirá por fases hasta completar la renovación a finales del año que viene.',
      'Durante las obras de las cocheras, los autobuses antiguos seguirán circulando en las líneas actuales, y el ayuntamiento publicará cada mes los horarios de las líneas que cambien de recorrido.',
      'El plan de autobuses también prevé carriles reservados en las tres avenidas con más tráfico, para que los autobuses no pierdan tiempo en los atascos de las horas punta de la mañana y de la tarde.',
    ]
    const cards = [
      'Un incendio obliga a desalojar tres edificios en el casco antiguo SEVILLA: Los bomberos tardaron más de dos horas en controlar las llamas, que empezaron en la cocina de un restaurante y...',
      'La selección femenina gana el torneo de invierno ante su público MADRID: Dos goles en la segunda parte dieron la victoria al equipo, que no perdía un partido desde el mes de...',
      'Abre sus puertas el mayor museo de arte textil del país BILBAO: La colección reúne más de cuatro mil piezas, algunas de ellas tejidas hace siete siglos por artesanas de los valles del…',
      'Los precios del aceite de oliva bajan por primera vez en dos años JAÉN: Las cooperativas atribuyen la caída a una cosecha mucho mejor que la anterior y a la menor demanda de...',
    ]
    const head = ['El ayuntamiento aprueba la renovación de los autobuses', '12 de marzo de 2025']
    const text = page(cards, head, article)
    expect(cardsDropped(text, cards.map((c) => [c]))).toBe(true)
    const r = classifyText(text)
    for (const line of article) expect(r.body).toContain(line)
    expect(r.removed.some((x) => x.rule === RULE && head.some((h) => x.text.includes(h)))).toBe(false)
    expect(clean(text).body).toBe(clean(page(head, article)).body)
  })

  it('should keep the article’s own headline and standfirst when they read as the run’s last card', () => {
    const own = ['Council approves protected bike lanes downtown', 'Marta Lindqvist', 'The council voted for a network of protected bike lanes downtown; the loss of parking spaces divided shop owners and cyclists.']
    const text = page(FRONT.flat(), own, ARTICLE)
    expect(cardsDropped(text, FRONT)).toBe(true)
    const r = classifyText(text)
    for (const line of [own[2]!, ...ARTICLE]) expect(r.body).toContain(line)
    expect(r.removed.some((x) => x.rule === RULE && own.some((h) => x.text.includes(h)))).toBe(false)
    expect(clean(text).body).toBe(clean(page(own, ARTICLE)).body)
  })

  it('should keep a last card much closer to the article’s words than the others, as the article’s own', () => {
    const text = page(CARDS.flat(), HEAD, ARTICLE)
    const r = classifyText(text)
    expect(cardsDropped(text, CARDS.slice(0, 3))).toBe(true)
    expect(r.body).toContain(CARDS[3]![2])
    expect(r.removed.some((x) => x.rule === RULE && CARDS[3]!.some((line) => x.text.includes(line)))).toBe(false)
  })

  it('should keep cards on the article’s own topic above it (a summary box)', () => {
    const box = [
      ['Fourteen kilometres of lanes', 'Transport desk', 'The protected bike lanes link the river path to the university campus and the downtown core, so that riders can cross the city without sharing a street with cars.'],
      ['Parking spaces go', 'Transport desk', 'About 300 parking spaces on two commercial streets make room for the protected bike lanes and their concrete kerbs, which the shop owners on those streets oppose.'],
      ['Work starts in April', 'Transport desk', 'Construction of the bike lanes begins in April, and the council expects the first lanes between the river path and the campus to open before the summer holidays.'],
    ]
    const r = classifyText(page(box.flat(), HEAD, ARTICLE))
    for (const [, , summary] of box) expect(r.body).toContain(summary)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep a summary box whose typical card shares the topic, even when its last card strays', () => {
    const box = [
      ['Fourteen kilometres of lanes', 'Transport desk', 'The protected bike lanes link the river path to the university campus and the downtown core, so that riders can cross the city without sharing a street with cars.'],
      ['Parking spaces go', 'Transport desk', 'About 300 parking spaces on two commercial streets make room for the protected bike lanes and their concrete kerbs, which the shop owners on those streets oppose.'],
      ['Work starts in April', 'Transport desk', 'Construction of the bike lanes begins in April, and the council expects the first lanes between the river path and the campus to open before the summer holidays.'],
      CARDS[3]!,
    ]
    const r = classifyText(page(box.flat(), HEAD, ARTICLE))
    for (const [, , summary] of box) expect(r.body).toContain(summary)
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should judge only a run with no paragraph before it and few lines between it and the article', () => {
    /** What judgeFrontRun drops of the page's first card run, over the whole page as the region. */
    const front = (text: string): readonly number[] => {
      const p = pageOf(text)
      const b = pageBlocks(p.views, p.classes)
      const runs = cardRuns(b, 0, p.views.length)
      return judgeFrontRun(b, 0, p.views.length, runs[0]!, new Set(runs.flatMap((r) => r.blocks)))
    }
    const cards = FRONT.flat()
    expect(front(page(cards, HEAD, ARTICLE))).toEqual(cards.map((_, k) => k))
    // Eight lines between the run and the article's first paragraph are a headline's; nine are something else.
    const lines = (n: number): string[] => Array.from({ length: n }, (_, k) => `Photo ${k + 1} of the gallery`)
    expect(front(page(cards, lines(8), ARTICLE))).toHaveLength(cards.length)
    expect(front(page(cards, lines(9), ARTICLE))).toEqual([])
    // A paragraph above the run that is no card of it: the article (or something else) starts there.
    const other = 'Our newsroom publishes local reporting every day of the week, and readers can send us tips, photographs and corrections through the form on the contact page.'
    expect(front(page([other, other.replace('every day', 'on weekdays')], cards, ARTICLE))).toEqual([])
    // One summary right above the run, off the topic too: the run's first card whose labels the region cut off.
    const rest = [FRONT[0]!, FRONT[2]!, FRONT[3]!].flat()
    expect(front(page([FRONT[1]![2]!], rest, ARTICLE))).toEqual([0, ...rest.map((_, k) => k + 1)])
    expect(front(page(['Latest stories', FRONT[1]![2]!], rest, ARTICLE))).toEqual([1, ...rest.map((_, k) => k + 2)])
    // On the article's topic, it is the article's standfirst: the run stays.
    const standfirst = 'Residents and shop owners argued for a year over the bike lanes, which will change how thousands of people cross the downtown core every day.'
    expect(front(page([standfirst], FRONT.slice(1).flat(), ARTICLE))).toEqual([])
  })

  it('should keep numbered items before the article', () => {
    const items = FRONT.map(([h, n, p], k) => [`${k + 1}. ${h!}`, n!, p!]).flat()
    const r = classifyText(page(items, HEAD, ARTICLE))
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep a Q&A before the article: subheadings and paragraphs without byline lines', () => {
    const sections = FRONT.map(([h, , p]) => [h!, p!]).flat()
    const r = classifyText(page(sections, ARTICLE))
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep cards with a paragraph of the article above them, or far above the article', () => {
    const standfirst = 'Residents and shop owners argued for a year over the plan, which will change how thousands of people cross the city every day.'
    const above = classifyText(page([standfirst], FRONT.flat(), ARTICLE))
    expect(above.removed.some((x) => x.rule === RULE)).toBe(false)
    const lines = ['Weather', 'Traffic', 'Markets', 'Sport scores', 'Tides', 'Events', 'Cinema times', 'Lottery', 'Puzzles']
    const far = classifyText(page(FRONT.flat(), lines, ARTICLE))
    expect(far.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should keep cards before a short article: too little to compare them with', () => {
    const r = classifyText(page(FRONT.flat(), HEAD, ARTICLE.slice(0, 2)))
    expect(r.removed.some((x) => x.rule === RULE)).toBe(false)
  })

  it('should drop the cards in clean() and keep them when the rule is disabled', () => {
    const text = page(FRONT.flat(), HEAD, ARTICLE)
    expect(clean(text).body).not.toContain(FRONT[1]![2])
    expect(clean(text).body).toContain(ARTICLE[0])
    expect(clean(text, { disable: [RULE] }).body).toContain(FRONT[1]![2])
  })
})

describe('teaser-run helpers', () => {
  it('should count sentences by their final punctuation', () => {
    expect(sentenceCount('One. Two! Three?')).toBe(3)
    expect(sentenceCount('第一句。第二句。')).toBe(2)
    expect(sentenceCount('A headline')).toBe(1)
  })

  it('should read words and Han character pairs as topic units', () => {
    expect([...topicUnits('The Bike lanes, bike!')]).toEqual(['bike', 'the bike', 'lanes', 'bike lanes', 'lanes bike'])
    expect([...topicUnits('城市交通')]).toEqual(['城市', '市交', '交通'])
    expect([...topicUnits('nâng cấp đê')]).toEqual(['nâng', 'nâng cấp', 'cấp đê'])
  })

  it('should read the same units as a plain definition on any text (letters, digits, marks, Han, kana, astral)', () => {
    // The definition: words are runs of letters, marks and digits; a Han or kana character ends a word and
    // pairs with the one before it.
    const reference = (text: string): string[] => {
      const out = new Set<string>()
      const lower = text.toLowerCase()
      let prev = ''
      let word = ''
      const end = (): void => {
        if (word === '') return
        if (word.length >= 4) out.add(word)
        if (prev !== '') out.add(`${prev} ${word}`)
        prev = word
        word = ''
      }
      for (let i = 0; i < lower.length; i++) {
        const ch = lower[i]!
        if (/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]/u.test(ch)) {
          end()
          prev = ''
          if (i > 0 && /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]/u.test(lower[i - 1]!)) out.add(lower.slice(i - 1, i + 1))
        } else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) word += ch
        else end()
      }
      end()
      return [...out]
    }
    const piece = fc.constantFrom('Bike', 'lanes', 'İstanbul', 'nâng', 'cấp', '城市', '交通', 'カード', '2026', 'Ünïcödé', '𝒜lpha', ',', ' ', '  ', '\u00a0', '-', '…', 'x')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        expect([...topicUnits(text)]).toEqual(reference(text))
      }),
    )
  })
})

// An article: paragraphs of sentences, some under a subheading; then any lines at all, and cards in
// words the article never uses (every word of theirs gets a suffix), which the rule drops.
const word = fc.lorem({ maxCount: 1, mode: 'words' })
const sentence = (min: number, max: number): fc.Arbitrary<string> => fc.array(word, { minLength: min, maxLength: max }).map((w) => `${w.join(' ')}.`)
const paragraph = fc.array(sentence(12, 30), { minLength: 2, maxLength: 3 }).map((s) => s.join(' '))
const section = fc.tuple(fc.option(fc.lorem({ maxCount: 5, mode: 'words' }), { nil: undefined }), paragraph).map(([h, p]) => (h === undefined ? [p] : [h, p]))
const elsewhere = (t: string): string => t.replace(/\p{L}+/gu, (w) => `${w}ka`)
const tailLine = fc.oneof(
  fc.lorem({ maxCount: 8, mode: 'words' }),
  fc.lorem({ maxCount: 2, mode: 'words' }),
  sentence(3, 12),
  paragraph,
  paragraph.map((p) => `${p.slice(0, -1)}...`),
)
const card = fc
  .tuple(fc.lorem({ maxCount: 8, mode: 'words' }), fc.lorem({ maxCount: 2, mode: 'words' }), sentence(20, 40))
  .map((c) => c.map(elsewhere).join('\n\n'))
const tail = fc.array(fc.oneof({ arbitrary: card, weight: 3 }, { arbitrary: tailLine, weight: 1 }), { maxLength: 12 })
const sections = fc.array(section, { minLength: 5, maxLength: 10 })

describe('teaser-run properties', () => {
  it('should never drop the article’s main run', () => {
    fc.assert(
      fc.property(sections, tail, (parts, lines) => {
        const article = parts.flat()
        const text = page(article, lines)
        const end = article.join('\n\n').length
        for (const x of classifyText(text).removed) if (x.rule === RULE) expect(x.start).toBeGreaterThanOrEqual(end)
      }),
      { numRuns: 200 },
    )
  })

  it('should never drop the article after cards and lines before it', () => {
    let dropped = 0
    fc.assert(
      fc.property(tail, sections, (lines, parts) => {
        const before = page(lines)
        const text = page(lines, parts.flat())
        for (const x of classifyText(text).removed) {
          if (x.rule !== RULE) continue
          expect(x.end).toBeLessThanOrEqual(before.length)
          dropped++
        }
      }),
      { numRuns: 200 },
    )
    // The cards before the article are dropped on some of the pages.
    expect(dropped).toBeGreaterThan(0)
  })

  it('should find nothing more to drop in its own body when cards stand before the article', () => {
    fc.assert(
      fc.property(tail, sections, (lines, parts) => {
        const once = classifyText(page(lines, parts.flat())).body
        expect(classifyText(once).body).toBe(once)
      }),
      { numRuns: 200 },
    )
  })

  it('should find nothing more to drop in its own body', () => {
    fc.assert(
      fc.property(sections, tail, (parts, lines) => {
        const once = classifyText(page(parts.flat(), lines)).body
        expect(classifyText(once).body).toBe(once)
      }),
      { numRuns: 200 },
    )
  })
})

/** A page's views and shape classes, as the classifier reads them before any verdict. */
function pageOf(text: string): { views: BlockView[]; classes: ReturnType<typeof shapeClass>[] } {
  const th = thresholdsFor('balanced')
  const views = segment(createDoc(text)).blocks.map((b) => viewOf(b))
  return { views, classes: views.map((v) => shapeClass(v, false, th)) }
}

/** The blocks apply marks, judged over `idx` (an index map of the page's blocks) with the given memo, or a fresh one. */
function marksOver(page: ReturnType<typeof pageOf>, idx: readonly number[], memo?: TeaserMemo): number[] {
  const views = idx.map((i) => page.views[i]!)
  const classes = idx.map((i) => page.classes[i]!)
  const b = memo === undefined ? pageBlocks(views, classes) : { views, classes, home: (k: number) => idx[k]!, memo }
  const out: number[] = []
  teaserRun.apply(b, 0, idx.length, (k) => out.push(idx[k]!))
  return out
}

/**
 * The topic figures as the rule first computed them, for comparing: a document frequency map (Infinity
 * for a unit common on both sides), each unit weighing `max(0, ln((docs + 1) / df))`.
 */
function referenceFigures(views: readonly BlockView[], article: readonly number[], cards: readonly (readonly number[])[]): { cohesion: number; overlap: number } {
  const paragraphs = article.map((i) => topicUnits(views[i]!.text))
  const counts = new Map<string, number>()
  for (const p of paragraphs) for (const u of p) counts.set(u, (counts.get(u) ?? 0) + 1)
  const sets = cards.map((card) => new Set(card.flatMap((i) => [...topicUnits(views[i]!.text)])))
  const df = new Map(counts)
  const inCards = new Map<string, number>()
  for (const c of sets) for (const u of c) inCards.set(u, (inCards.get(u) ?? 0) + 1)
  for (const [u, n] of inCards) df.set(u, n >= sets.length / 4 && (counts.get(u) ?? 0) >= paragraphs.length / 4 ? Infinity : (df.get(u) ?? 0) + n)
  const docs = paragraphs.length + sets.length
  const share = (units: ReadonlySet<string>, own: number): number => {
    let all = 0
    let found = 0
    for (const u of units) {
      const w = Math.max(0, Math.log((docs + 1) / (df.get(u) ?? 1)))
      all += w
      if ((counts.get(u) ?? 0) > own) found += w
    }
    return all === 0 ? 0 : found / all
  }
  const median = (xs: number[]): number => {
    const s = xs.slice().sort((a, b) => a - b)
    const m = s.length >> 1
    return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
  }
  return { cohesion: median(paragraphs.map((p) => share(p, 1))), overlap: median(sets.map((c) => share(c, 0))) }
}

describe('teaser-run memo', () => {
  const text = page(ARTICLE, ['Share this story with your friends.'], CARDS.flat(), ['Most read this week'])
  const all = (p: ReturnType<typeof pageOf>): number[] => p.views.map((_, i) => i)

  it('should mark the same blocks through a shared memo as through a fresh one, over the page and its index maps', () => {
    const p = pageOf(text)
    const memo = new TeaserMemo()
    const whole = marksOver(p, all(p), memo)
    expect(whole.length).toBe(CARDS.flat().length)
    expect(whole).toEqual(marksOver(p, all(p)))
    // The page without its share prompt and first article paragraph, as a settle round sees it.
    const kept = all(p).filter((i) => i !== 0 && i !== ARTICLE.length)
    expect(marksOver(p, kept, memo)).toEqual(marksOver(p, kept))
    expect(marksOver(p, kept, memo)).toEqual(whole)
    // Two sets of paragraphs compared with the same cards: two topic figures kept, each read once.
    expect(memo.topics.size).toBe(2)
    marksOver(p, kept, memo)
    expect(memo.topics.size).toBe(2)
  })

  it('should not take the figures of other blocks that stood at the same places in another index map', () => {
    // Cards on the article's own story, shaped as the others: kept.
    const own = [
      ['Shop owners ask for a slower timetable of the bike lanes', 'Anna Keller', 'The owners want the parking spaces on the commercial streets removed over two years while the protected bike lanes are built.'],
      ['Cycling groups want safer junctions on the bike lane network', 'Tom Baird', 'They say the protected bike lanes downtown will only work if the council redesigns the junctions and lowers speed limits.'],
      ['First protected bike lanes to open before the summer', 'Priya Nair', 'The council expects the lanes between the river path and the campus to open first, with the rest of the bike lane network built street by street.'],
    ].flat()
    const other = CARDS.slice(0, 3).flat()
    const p = pageOf(page(ARTICLE, own, other))
    const n = ARTICLE.length
    const withOther = [...ARTICLE.keys(), ...other.map((_, k) => n + own.length + k)]
    const withOwn = [...ARTICLE.keys(), ...own.map((_, k) => n + k)]
    const memo = new TeaserMemo()
    expect(marksOver(p, withOther, memo)).toEqual(withOther.slice(n))
    expect(marksOver(p, withOwn, memo)).toEqual([])
    expect(marksOver(p, withOwn)).toEqual([])
  })

  it('should mark the same through a shared memo over any sequence of index maps of a page', () => {
    fc.assert(
      fc.property(sections, tail, fc.array(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), { minLength: 1, maxLength: 4 }), (parts, lines, keeps) => {
        const p = pageOf(page(parts.flat(), lines))
        const memo = new TeaserMemo()
        for (const keep of [p.views.map(() => true), ...keeps]) {
          const idx = all(p).filter((i) => keep[i % keep.length]!)
          expect(marksOver(p, idx, memo)).toEqual(marksOver(p, idx))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('should give the topic figures of a document-frequency map to the last bit', () => {
    fc.assert(
      fc.property(sections, tail, (parts, lines) => {
        const p = pageOf(page(parts.flat(), lines))
        const b = pageBlocks(p.views, p.classes)
        const runs = cardRuns(b, 0, p.views.length)
        const inRuns = new Set(runs.flatMap((r) => r.blocks))
        for (const run of runs) {
          const j = judgeRun(b, 0, p.views.length, run, inRuns)
          if (j.cohesion === 0 && j.overlap === 0) continue
          const article = all(p).filter((i) => i < run.blocks[0]! && p.classes[i] === 'good' && !inRuns.has(i))
          expect({ cohesion: j.cohesion, overlap: j.overlap }).toEqual(referenceFigures(p.views, article, run.cards))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('should read an ellipsis at the end as trimEnd and endsWith do', () => {
    const piece = fc.constantFrom('word', '.', '..', '...', '…', ' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '。', 'x.')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), (t) => {
        const s = t.trimEnd()
        expect(truncated(t)).toBe(s.endsWith('\u2026') || s.endsWith('...'))
      }),
    )
  })
})
