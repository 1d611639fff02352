import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { classifyText } from './helpers.js'

const NEWSLETTER = 'boilerplate/newsletter-prompt'
const BIO = 'boilerplate/author-bio'

/** One language's article and the boxes, bios and look-alike sentences placed around it. */
interface LangCase {
  /** Four paragraphs of an article. */
  readonly paragraphs: readonly string[]
  /** The byline over the article, naming `name`. */
  readonly byline: string
  readonly name: string
  /** Newsletter boxes: heading, pitch, buttons, confirmation. Every line goes. */
  readonly boxes: readonly (readonly string[])[]
  /** A one-line bio of `name`. */
  readonly bio: string
  /** A box labelled with `name` and the bio paragraph under it. */
  readonly namedBox: readonly [string, string]
  /** An article's sentence about a newsletter or email alerts: it stays. */
  readonly aboutNewsletters: string
  /** A quoted person's bio sentence inside the story (`X is a reporter for … and said …`): it stays. */
  readonly quotedBio: string
}

const CASES: Readonly<Record<string, LangCase>> = {
  en: {
    paragraphs: [
      'The harbour authority approved a plan on Tuesday to dredge the eastern channel, a project that pilots have requested for more than a decade because of the silt that builds up each winter.',
      'Engineers estimate the work will take eighteen months and cost about 40 million dollars, most of it covered by a federal grant awarded last spring after a long application process.',
      'Fishing crews said they welcomed the decision but worried that the dredging season would overlap with the herring run, when dozens of boats leave the harbour before dawn every day.',
      'The authority said it would publish a schedule in January and hold two public meetings so that residents and crews could raise their concerns before the first barge arrives.',
    ],
    byline: 'By Dana Whitfield',
    name: 'Dana Whitfield',
    boxes: [
      ['Local News Emails', 'Get news alerts and special reports from the coast, delivered weekday mornings.', 'SUBSCRIBE', 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'],
      ['Stay up to date with the Harbour Courier.', 'Subscribe No thanks', 'You have subscribed. Thank you!'],
      ['Want more stories like this?', 'Every day we send an email with the best of our local reporting.', 'Sign up'],
    ],
    bio: 'Dana Whitfield is a reporter for the Harbour Courier.',
    namedBox: ['About Dana Whitfield', 'Dana Whitfield is a staff writer who has covered the waterfront and city hall since 2014.'],
    aboutNewsletters: 'The council said its email alerts reached 40,000 residents during the storm, and that the newsletter now has more readers than the printed bulletin ever had.',
    quotedBio: 'Marta Ruiz is a reporter for the local paper and said the channel had not been dredged properly since 2009, when the last contractor left.',
  },
  de: {
    paragraphs: [
      'Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle zu sanieren, nachdem sie seit mehr als zehn Jahren leer steht und das Dach an mehreren Stellen undicht geworden ist.',
      'Die Arbeiten sollen im Frühjahr beginnen und rund zwölf Millionen Euro kosten, von denen das Land etwa die Hälfte aus einem Förderprogramm für historische Gebäude übernimmt.',
      'Händler aus der Nachbarschaft begrüßten die Entscheidung, fürchten aber, dass die Baustelle während der Sommermonate Kunden von den umliegenden Geschäften fernhalten könnte.',
      'Die Verwaltung will im Januar einen Zeitplan vorlegen und zwei Bürgerversammlungen abhalten, damit Anwohner ihre Fragen stellen können, bevor die ersten Gerüste stehen.',
    ],
    byline: 'Von Jonas Albrecht',
    name: 'Jonas Albrecht',
    boxes: [
      ['Eilmeldungen per E-Mail', 'Die wichtigsten Nachrichten aus der Region, jeden Morgen in Ihrem Postfach.', 'Abonnieren'],
      ['Bleiben Sie auf dem Laufenden.', 'Jetzt anmelden Nein danke', 'Sie haben sich erfolgreich angemeldet. Vielen Dank!'],
    ],
    bio: 'Jonas Albrecht ist Redakteur im Lokalressort und schreibt über Stadtentwicklung.',
    namedBox: ['Über Jonas Albrecht', 'Jonas Albrecht ist seit 2012 Redakteur der Zeitung und berichtet über Kommunalpolitik und Verkehr.'],
    aboutNewsletters: 'Der Newsletter der Stadtwerke erreicht inzwischen 30.000 Haushalte, und bei der letzten Störung gingen die E-Mail-Benachrichtigungen an alle Kunden hinaus.',
    quotedBio: 'Petra Lange ist Reporterin beim örtlichen Radiosender und sagte, die Halle sei schon vor Jahrzehnten ein beliebter Treffpunkt gewesen.',
  },
  fr: {
    paragraphs: [
      'Le conseil municipal a voté mardi la rénovation de l’ancienne halle aux grains, fermée depuis plus de dix ans à cause d’une toiture devenue dangereuse pour le public.',
      'Les travaux doivent commencer au printemps et coûter environ douze millions d’euros, dont la moitié sera prise en charge par la région au titre du patrimoine.',
      'Les commerçants du quartier saluent la décision, mais craignent que le chantier n’éloigne les clients pendant l’été, la saison la plus importante pour eux.',
      'La mairie publiera un calendrier en janvier et organisera deux réunions publiques afin que les habitants puissent poser leurs questions avant le début du chantier.',
    ],
    byline: 'Par Paul Girard',
    name: 'Paul Girard',
    boxes: [
      ['Alertes e-mail', 'L’essentiel de l’actualité locale, chaque matin dans votre boîte.', 'S’inscrire'],
      ['Restez informé', 'Je m’abonne Non merci', 'Merci pour votre inscription !'],
    ],
    bio: 'Paul Girard est journaliste au service Société depuis 2015.',
    namedBox: ['À propos de Paul Girard', 'Paul Girard est rédacteur au service Régions et a travaillé dix ans pour la presse quotidienne.'],
    aboutNewsletters: 'La newsletter de la mairie compte désormais 20 000 abonnés, et les alertes e-mail ont été ouvertes par la moitié des habitants pendant la crue.',
    quotedBio: 'Lucie Perrin est journaliste à la radio locale et a expliqué que la halle accueillait autrefois un marché très fréquenté.',
  },
  es: {
    paragraphs: [
      'El ayuntamiento aprobó el martes la rehabilitación del antiguo mercado de abastos, cerrado desde hace más de diez años por el mal estado de su cubierta.',
      'Las obras comenzarán en primavera y costarán unos doce millones de euros, de los que la comunidad autónoma aportará la mitad a través de un programa de patrimonio.',
      'Los comerciantes del barrio celebraron la decisión, aunque temen que las obras alejen a los clientes durante el verano, su temporada más importante del año.',
      'El consistorio publicará un calendario en enero y celebrará dos asambleas vecinales para que los residentes planteen sus dudas antes de que empiecen los trabajos.',
    ],
    byline: 'Por Lucía Navarro',
    name: 'Lucía Navarro',
    boxes: [
      ['Mantente informado', 'Lo más importante de tu ciudad, cada mañana.', 'Suscribirme No, gracias'],
      ['Boletín de la mañana', 'Te enviamos las noticias del barrio antes del desayuno.', 'Apúntate', 'Gracias por suscribirte.'],
    ],
    bio: 'Lucía Navarro es periodista y cubre la información municipal desde 2016.',
    namedBox: ['Sobre Lucía Navarro', 'Lucía Navarro es redactora de la sección de Local y ha trabajado en radio y prensa escrita.'],
    aboutNewsletters: 'El boletín municipal llega ya a 15.000 vecinos, y las alertas por correo se enviaron a todos los barrios durante la última tormenta.',
    quotedBio: 'Andrés Molina es periodista de una emisora local y recordó que el mercado fue durante décadas el centro de la vida del barrio.',
  },
  pt: {
    paragraphs: [
      'A câmara municipal aprovou na terça-feira a reforma do antigo mercado central, fechado há mais de dez anos por causa do telhado, que ameaçava desabar.',
      'As obras devem começar na primavera e custar cerca de doze milhões de reais, metade pagos pelo governo estadual por meio de um programa de patrimônio histórico.',
      'Os comerciantes do bairro comemoraram a decisão, mas temem que o canteiro de obras afaste os clientes durante o verão, a época mais movimentada do ano.',
      'A prefeitura vai divulgar um cronograma em janeiro e realizar duas audiências públicas para que os moradores possam tirar dúvidas antes do início das obras.',
    ],
    byline: 'Por Rafael Moreira',
    name: 'Rafael Moreira',
    boxes: [
      ['Fique por dentro', 'As notícias mais importantes da cidade, todas as manhãs.', 'Quero receber'],
      ['Alertas por e-mail', 'Assinar Agora não', 'Inscrição confirmada. Obrigado!'],
    ],
    bio: 'Rafael Moreira é repórter do caderno Cidades e escreve sobre urbanismo.',
    // No bio vocabulary: the paragraph is the named person's (his name and a copula).
    namedBox: ['Sobre Rafael Moreira', 'Pai de dois filhos, Rafael Moreira é também professor de história e mantém um blog sobre a memória dos bairros da cidade.'],
    aboutNewsletters: 'A newsletter da prefeitura já chega a 12 mil moradores, e os alertas por e-mail foram enviados a todos os bairros durante a enchente.',
    quotedBio: 'Carla Mendes é jornalista de uma rádio local e contou que o mercado foi por décadas o ponto de encontro do bairro.',
  },
  vi: {
    paragraphs: [
      'Ủy ban nhân dân thành phố hôm thứ Ba đã thông qua kế hoạch cải tạo khu chợ cũ, nơi bị bỏ hoang hơn mười năm vì mái nhà xuống cấp nghiêm trọng.',
      'Công trình dự kiến bắt đầu vào mùa xuân với tổng kinh phí khoảng hai trăm tỷ đồng, trong đó ngân sách trung ương hỗ trợ một nửa.',
      'Các tiểu thương trong khu vực hoan nghênh quyết định này nhưng lo ngại việc thi công kéo dài sẽ khiến khách hàng không đến mua sắm trong mùa hè.',
      'Chính quyền cho biết sẽ công bố lịch trình vào tháng Giêng và tổ chức hai buổi họp với người dân trước khi đơn vị thi công vào công trường.',
    ],
    byline: 'Nguyễn Minh Tuấn',
    name: 'Nguyễn Minh Tuấn',
    boxes: [
      ['Bản tin mỗi sáng', 'Tin tức quan trọng nhất được gửi đến hộp thư của bạn mỗi sáng.', 'Đăng ký'],
      ['Luôn cập nhật tin tức', 'Đăng ký Không, cảm ơn', 'Bạn đã đăng ký thành công. Cảm ơn bạn!'],
    ],
    bio: 'Nguyễn Minh Tuấn là phóng viên mảng đô thị của báo.',
    namedBox: ['Về Nguyễn Minh Tuấn', 'Nguyễn Minh Tuấn là biên tập viên, có hơn mười năm kinh nghiệm viết về quy hoạch đô thị.'],
    aboutNewsletters: 'Bản tin điện tử của phường hiện đã đến tay hơn mười nghìn hộ dân, và nhiều người nhận thông báo qua email trong đợt mưa lớn vừa qua.',
    quotedBio: 'Trần Thu Hà là phóng viên một đài phát thanh địa phương và cho biết khu chợ từng là nơi sầm uất nhất thành phố.',
  },
  zh: {
    paragraphs: [
      '市政府周二批准了老菜市场的改造计划，这座市场因屋顶严重损坏已经闲置了十多年，周边居民多次呼吁尽快修缮。',
      '工程预计明年春天开工，总投资约一亿二千万元，其中一半由省级历史建筑保护专项资金承担，其余由市财政解决。',
      '附近的商户对这一决定表示欢迎，但也担心施工期间会影响夏季的客流，而夏天正是他们一年中生意最好的时候。',
      '市政府表示将在一月份公布施工时间表，并召开两次居民座谈会，让市民在工程开始之前充分表达意见和建议。',
    ],
    byline: '记者 王海燕',
    name: '王海燕',
    boxes: [
      ['新闻简报', '每个工作日早上，我们为您发送当天最重要的新闻。', '立即订阅'],
      ['及时了解本地新闻', '订阅 不用了', '订阅成功，感谢您的支持！'],
    ],
    bio: '王海燕是本报记者，长期关注城市建设。',
    namedBox: ['关于王海燕', '王海燕是本报资深记者，从事城市报道十余年。'],
    aboutNewsletters: '市民服务热线的电子报目前已有三万多名订阅用户，暴雨期间的邮件提醒也及时送达了各个社区的居民。',
    quotedBio: '李晓东是当地电台的记者，他说这座市场曾经是全城最热闹的地方，许多老居民至今仍记得当年的情景。',
  },
}

/** Blocks separated by blank lines. */
function page(...blocks: readonly string[]): string {
  return blocks.join('\n\n')
}

/** The rule that removed the span holding `text`, undefined when it was kept. */
function ruleOf(result: ReturnType<typeof classifyText>, text: string): string | undefined {
  return result.removed.find((r) => r.text.includes(text))?.rule
}

describe('newsletter boxes and author bios', () => {
  for (const [lang, c] of Object.entries(CASES)) {
    const [p0, p1, p2, p3] = c.paragraphs as [string, string, string, string]

    it(`should drop a newsletter box after the article (${lang})`, () => {
      for (const box of c.boxes) {
        const result = classifyText(page(c.byline, ...c.paragraphs, ...box))
        for (const p of c.paragraphs) expect(result.body).toContain(p)
        for (const line of box) expect(ruleOf(result, line), line).toBe(NEWSLETTER)
      }
    })

    it(`should drop a newsletter box between paragraphs and keep the article around it (${lang})`, () => {
      const box = c.boxes[0]!
      const result = classifyText(page(c.byline, p0, p1, ...box, p2, p3))
      for (const p of c.paragraphs) expect(result.body).toContain(p)
      for (const line of box) expect(ruleOf(result, line), line).toBe(NEWSLETTER)
    })

    it(`should keep an article's sentences about newsletters and email alerts, a box after them going (${lang})`, () => {
      const box = c.boxes[0]!
      const result = classifyText(page(c.byline, p0, c.aboutNewsletters, p1, p2, c.aboutNewsletters.replace(/\d/gu, '7'), ...box))
      expect(result.body).toContain(c.aboutNewsletters)
      expect(result.body).toContain(c.aboutNewsletters.replace(/\d/gu, '7'))
      for (const line of box) expect(ruleOf(result, line), line).toBe(NEWSLETTER)
    })

    it(`should drop a one-line bio of the byline after the article (${lang})`, () => {
      const result = classifyText(page(c.byline, ...c.paragraphs, c.bio))
      for (const p of c.paragraphs) expect(result.body).toContain(p)
      expect(ruleOf(result, c.bio)).toBe(BIO)
    })

    it(`should drop the author's name over a one-line bio after the article (${lang})`, () => {
      const result = classifyText(page(...c.paragraphs, c.name, c.bio))
      for (const p of c.paragraphs) expect(result.body).toContain(p)
      expect(ruleOf(result, c.bio)).toBe(BIO)
      expect(result.removed.find((r) => r.text.trim() === c.name)?.rule).toBe(BIO)
    })

    it(`should drop a bio box labelled with the author's name (${lang})`, () => {
      const [label, bio] = c.namedBox
      const result = classifyText(page(c.byline, ...c.paragraphs, label, bio))
      for (const p of c.paragraphs) expect(result.body).toContain(p)
      expect(ruleOf(result, label)).toBe(BIO)
      expect(ruleOf(result, bio)).toBe(BIO)
    })

    it(`should keep a quoted person's bio sentence inside the story (${lang})`, () => {
      const result = classifyText(page(c.byline, p0, c.quotedBio, p1, p2, p3))
      expect(result.body).toContain(c.quotedBio)
    })

    it(`should keep the author's own bio sentence when the article goes on after it (${lang})`, () => {
      const result = classifyText(page(c.byline, p0, c.bio, p1, p2, p3))
      expect(result.body).toContain(c.bio)
    })
  }

  it('should keep a bio sentence at the end whose person is not the page’s author', () => {
    const c = CASES.en!
    const result = classifyText(page(c.byline, ...c.paragraphs, 'Marta Ruiz is a columnist for the Courier.'))
    expect(result.body).toContain('Marta Ruiz is a columnist for the Courier.')
  })

  it('should keep a lone button and a lone pitch: neither makes a box', () => {
    const c = CASES.en!
    const lone = classifyText(page(c.byline, c.paragraphs[0]!, c.paragraphs[1]!, 'Every day we send an email to the parents of each pupil, the head teacher said.', c.paragraphs[2]!, c.paragraphs[3]!))
    expect(lone.body).toContain('Every day we send an email to the parents')
    expect(lone.removed.some((r) => r.rule === NEWSLETTER)).toBe(false)
  })

  it('should not take an article’s closing sentence into the sign-up prompt after it', () => {
    const c = CASES.en!
    const closing = 'Readers of the newsletter sent in more than 300 photographs of the flooded quay, the editor said.'
    const result = classifyText(page(c.byline, ...c.paragraphs, closing, 'Sign up for our newsletter', 'Subscribe'))
    expect(result.body).toContain(closing)
    expect(ruleOf(result, 'Sign up for our newsletter')).toBe(NEWSLETTER)
    expect(ruleOf(result, 'Subscribe')).toBe(NEWSLETTER)
  })

  it('should clean a whole page with a newsletter box and the author’s bio after the article', () => {
    const c = CASES.en!
    const input = [
      'Harbour Courier',
      'News\nSport\nBusiness\nOpinion\nWeather',
      'Harbour authority approves channel dredging',
      c.byline,
      c.paragraphs[0],
      c.paragraphs[1],
      ...c.boxes[0]!,
      c.paragraphs[2],
      c.paragraphs[3],
      c.name,
      c.bio,
      ...c.boxes[2]!,
      'About\nContact\nCareers\nPrivacy policy',
      '© 2024 Harbour Courier',
    ].join('\n\n')
    const result = clean(input)
    expect(result.body).toBe(c.paragraphs.join('\n\n'))
    const rules = new Set(result.removed.map((r) => r.rule))
    expect(rules).toContain(NEWSLETTER)
    expect(rules).toContain(BIO)
    expect(ruleOf(result, c.bio)).toBe(BIO)
    for (const line of [...c.boxes[0]!, ...c.boxes[2]!]) expect(ruleOf(result, line), line).toBe(NEWSLETTER)
  })
})
