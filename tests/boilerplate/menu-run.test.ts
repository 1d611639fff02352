import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { segment } from '../../src/adapters/text.js'
import { itemWeight, menuRun } from '../../src/boilerplate/rules/menu-run.js'
import { viewOf } from '../../src/boilerplate/view.js'
import { createDoc } from '../../src/core/doc.js'
import { PARAGRAPHS, classifyText } from './helpers.js'

/** The view of one line, as the classifier reads it. */
function view(line: string): ReturnType<typeof viewOf> {
  return viewOf(segment(createDoc(line)).blocks[0]!)
}

/** Ordinary paragraphs of a Chinese article (a street market on a weekend). */
const ZH = [
  '周末的早市比平时热闹许多，摊主们天不亮就把新鲜的蔬菜和水果摆上了摊位，附近小区的居民拎着袋子来回挑选，讨价还价的声音此起彼伏。',
  '一位在这里卖了十多年豆腐的老师傅说，最近几个月进货价格有些上涨，但他不打算提价，因为来买的大多是住了多年的老邻居，大家都熟悉了。',
  '社区工作人员表示，今年将对早市的排水和照明进行改造，并增设垃圾分类回收点，希望在保留烟火气的同时让环境更加整洁有序。',
  '不少年轻人也开始在周末逛早市，他们说这里的菜比超市便宜新鲜，还能和摊主聊上几句家常，感受到城市里难得的人情味。',
]

/** Ordinary paragraphs of a Vietnamese article (the same market). */
const VI = [
  'Sáng chủ nhật, khu chợ nhỏ ở đầu ngõ đông hơn hẳn ngày thường khi người dân trong phường kéo nhau đi mua rau, thịt và hoa quả tươi cho cả tuần.',
  'Một người bán đậu phụ lâu năm cho biết giá nguyên liệu đã tăng nhẹ trong mấy tháng gần đây, nhưng bà vẫn giữ giá cũ vì khách quen đã gắn bó nhiều năm.',
  'Đại diện ủy ban phường cho biết năm nay sẽ cải tạo hệ thống thoát nước và chiếu sáng của chợ, đồng thời bố trí thêm điểm thu gom rác phân loại.',
  'Nhiều bạn trẻ cũng bắt đầu đi chợ vào cuối tuần vì thấy rau ở đây rẻ và tươi hơn siêu thị, lại có dịp trò chuyện với những người bán hàng thân thiện.',
]

/** Ordinary paragraphs of a German article (a new cycle path). */
const DE = [
  'Die Stadt hat am Montag mit dem Bau eines neuen Radwegs entlang des Flusses begonnen, der die nördlichen Stadtteile mit dem Bahnhof verbinden soll.',
  'Nach Angaben des Bauamts wird die Strecke etwa sechs Kilometer lang sein und an drei Stellen neue Brücken über kleinere Bäche erhalten.',
  'Anwohner begrüßten das Vorhaben, auch wenn einige befürchten, dass die Bauarbeiten den Zugang zu ihren Gärten über Monate hinweg erschweren werden.',
  'Die Arbeiten sollen im Herbst abgeschlossen sein, und die Stadt will danach prüfen, ob weitere Abschnitte in Richtung Süden folgen können.',
]

/** Ordinary paragraphs of a French article (the same cycle path). */
const FR = [
  'La ville a lancé lundi les travaux d’une nouvelle piste cyclable le long de la rivière, qui doit relier les quartiers du nord à la gare centrale.',
  'Selon les services techniques, le tracé mesurera environ six kilomètres et comptera trois nouvelles passerelles au-dessus de petits ruisseaux.',
  'Les riverains saluent le projet, même si certains craignent que le chantier rende l’accès à leurs jardins difficile pendant plusieurs mois.',
  'Les travaux doivent s’achever à l’automne, et la municipalité étudiera ensuite la possibilité de prolonger la piste vers le sud de la ville.',
]

const BY_LANG: Readonly<Record<string, readonly string[]>> = { en: PARAGRAPHS, zh: ZH, vi: VI, de: DE, fr: FR }

/** The lines between the second and third paragraphs of a language's article, or after the last. */
function page(lang: string, lines: readonly string[], at: 'middle' | 'end' = 'middle'): string {
  const p = BY_LANG[lang]!
  const parts = at === 'middle' ? [...p.slice(0, 2), ...lines, ...p.slice(2)] : [...p, ...lines]
  return parts.join('\n\n')
}

/** Each line kept, and every paragraph. */
function expectKept(lang: string, lines: readonly string[]): void {
  const result = classifyText(page(lang, lines))
  for (const p of BY_LANG[lang]!) expect(result.body).toContain(p)
  for (const l of lines) expect(result.body, l).toContain(l)
}

/** Each line dropped by `rule`, every paragraph kept. */
function expectDropped(lang: string, lines: readonly string[], rule: string, at: 'middle' | 'end' = 'middle'): void {
  const result = classifyText(page(lang, lines, at))
  for (const p of BY_LANG[lang]!) expect(result.body).toContain(p)
  for (const l of lines) {
    expect(result.body.split('\n'), l).not.toContain(l)
    expect(result.removed.find((r) => r.text === l)?.rule, l).toBe(rule)
  }
}

describe('menu-run: item weight of a line', () => {
  it('should weigh sentences, marked items and quantities as list items', () => {
    for (const line of ['Serves four.', 'Q: Best season to go?', '• a warm jacket', '- Ướp thịt với nước mắm', '3) Add the rice slowly', '200 g red lentils', 'Rest for 10 minutes before slicing', '鸡蛋 2个', '500 g thịt bò'])
      expect(itemWeight(view(line)), line).toBe(1)
  })

  it('should weigh a bare count or a line starting in lower case as half an item', () => {
    for (const line of ['2 hours ago', '858 shares', 'baby carrier']) expect(itemWeight(view(line)), line).toBe(0.5)
  })

  it('should weigh a short numbered phrase, a labelled step and a measured quantity as list items', () => {
    const lines = [
      '1. Preheat oven', '2) Mix flour', '1、番茄切块', '①番茄切块', '(2)鸡蛋打散', '（3）热锅下油', '一、番茄切块', '第二步：热锅下油',
      'Bước 1: Rửa sạch rau', 'Step 3: Drain', 'Schritt 2: Nudeln abgießen', 'Étape 1 : Égoutter', '- Rửa sạch rau',
      '200g flour', '1 tsp salt', '1 TL Salz', '250 g Mehl', '300 gram thịt bò', '2 łyżki cukru', '一勺盐', '200克面粉',
    ]
    for (const line of lines) expect(itemWeight(view(line)), line).toBe(1)
  })

  it('should weigh a count before a noun, in any script, as half an item', () => {
    for (const line of ['2 Eier', '3 Zwiebeln', '两个鸡蛋', '三瓣蒜']) expect(itemWeight(view(line)), line).toBe(0.5)
  })

  it('should weigh numbered or bulleted labels, names and numerals in names as no item', () => {
    const lines = ['1. Home', '2. Tech News', '1、首页', '- Civil Rights', '- Track and Field', '- Trang chủ', '• 国际新闻', '一带一路', '三农', '5G Network', '4K TV', 'Image 1 of 23', '2019: A review']
    for (const line of lines) expect(itemWeight(view(line)), line).toBe(0)
  })

  it('should weigh labels, counters, dates and times as no item', () => {
    for (const line of ['World', 'Business', '* Home', '- Terms of Use', '• 首页', 'Trang chủ', 'Image 1 of 23', 'Read more…', 'November 19, 2019 at 8:53 am', 'Meal 2', '11月20日', 'P90X3 Results', '1. Storm hits the coast as thousands lose power overnight'])
      expect(itemWeight(view(line)), line).toBe(0)
  })
})

describe('menu-run: runs of short lines inside an article', () => {
  it('should keep a bulleted list inside an English article', () => {
    expectKept('en', ['• a warm jacket', '• two litres of water', '• a paper map of the valley', '• a torch'])
  })

  it('should keep an ingredient list with its headings', () => {
    expectKept('en', ['Lentil soup', 'Ingredients', '200 g red lentils', '1 onion, chopped', '2 tbsp olive oil', '1 litre vegetable stock', 'Method'])
  })

  it('should keep short questions and answers', () => {
    expectKept('en', ['Q: Best season?', 'A: Late spring', 'Q: Favourite dish?', 'A: Grilled river fish'])
  })

  it('should keep a timetable of steps with quantities between labels', () => {
    expectKept('en', ['Morning Snack', 'Eat 2 hours after breakfast', 'Lunch', 'Eat every 3–4 hours', 'Evening Walk', 'Walk 20–30 minutes after dinner'])
  })

  it('should keep a Chinese ingredient list and bulleted steps', () => {
    expectKept('zh', ['食材', '鸡蛋 3个', '番茄 2个', '白糖 1勺', '盐 少许', '做法'])
    expectKept('zh', ['• 将番茄洗净切成小块', '• 鸡蛋加少许盐打散', '• 热锅倒油把蛋液炒熟', '• 放入番茄翻炒出汁'])
  })

  it('should keep a Vietnamese ingredient list and bulleted steps', () => {
    expectKept('vi', ['500 g thịt bò', '2 củ hành tây', '1 thìa nước mắm', '3 tép tỏi'])
    expectKept('vi', ['- Thái thịt thật mỏng', '- Ướp thịt với nước mắm', '- Xào nhanh trên lửa lớn', '- Rắc hành lá lên trên'])
  })

  it('should keep short numbered steps in Chinese, Vietnamese, English, German and French', () => {
    expectKept('zh', ['1、番茄切块', '2、鸡蛋打散', '3、热锅下油', '4、加盐出锅'])
    expectKept('zh', ['①番茄切块', '②鸡蛋打散', '③热锅下油', '④加盐出锅'])
    expectKept('zh', ['一、番茄切块', '二、鸡蛋打散', '三、热锅下油', '四、加盐出锅'])
    expectKept('zh', ['(1)番茄切块', '(2)鸡蛋打散', '(3)热锅下油', '(4)加盐出锅'])
    expectKept('vi', ['Bước 1: Rửa sạch rau', 'Bước 2: Thái nhỏ hành', 'Bước 3: Luộc trứng', 'Bước 4: Trộn đều'])
    expectKept('en', ['1. Preheat oven', '2. Mix flour', '3. Add eggs', '4. Bake'])
    expectKept('en', ['Step 1: Boil water', 'Step 2: Add pasta', 'Step 3: Drain', 'Step 4: Serve'])
    expectKept('de', ['Schritt 1: Wasser kochen', 'Schritt 2: Nudeln zugeben', 'Schritt 3: Abgießen', 'Schritt 4: Servieren'])
    expectKept('fr', ['Étape 1 : Faire bouillir', 'Étape 2 : Ajouter les pâtes', 'Étape 3 : Égoutter', 'Étape 4 : Servir'])
  })

  it('should keep short bulleted steps of three words', () => {
    expectKept('vi', ['- Rửa sạch rau', '- Thái nhỏ hành', '- Đập dập tỏi', '- Luộc trứng'])
    expectKept('en', ['• Rinse the rice', '• Soak for an hour', '• Drain it well', '• Steam'])
  })

  it('should keep ingredient lists of counts and measured quantities in five languages', () => {
    expectKept('en', ['200g flour', '2 eggs', '1 tsp salt', '100ml milk'])
    expectKept('zh', ['两个鸡蛋', '三个番茄', '一勺盐', '少许葱花'])
    expectKept('vi', ['300 gram thịt bò', '2 quả trứng', '1 thìa muối', '500 ml nước'])
    expectKept('de', ['250 g Mehl', '2 Eier', '1 TL Salz', '200 ml Milch'])
    expectKept('fr', ['250 g de farine', '2 œufs', '1 cuillère de sel', '20 cl de lait'])
  })

  it('should still drop numbered and bulleted menus in five languages', () => {
    expectDropped('en', ['1. Home', '2. News', '3. Sport', '4. Business', '5. Tech'], menuRun.id)
    expectDropped('en', ['1. Politics', '2. Tech News', '3. Real Estate', '4. Contact Us'], menuRun.id)
    expectDropped('en', ['- Campaign', '- Civil Rights', '- Criminal Justice', '- Energy & Environment', '- White House'], menuRun.id)
    expectDropped('zh', ['1、首页', '2、新闻', '3、体育', '4、财经'], menuRun.id)
    expectDropped('zh', ['• 国际新闻', '• 社会新闻', '• 联系我们', '• 关于我们'], menuRun.id)
    expectDropped('vi', ['- Trang chủ', '- Thời sự', '- Thế giới', '- Kinh doanh', '- Giải trí'], menuRun.id)
    expectDropped('de', ['- Politik', '- Wirtschaft', '- Kultur', '- Sport', '- Reise'], menuRun.id)
    expectDropped('fr', ['1. Accueil', '2. Actualités', '3. Économie', '4. Culture', '5. Sport'], menuRun.id)
  })

  it('should keep a recipe\'s steps and drop the site menu with clean()', () => {
    const cases: Array<[string, readonly string[], readonly string[]]> = [
      ['zh', ['1、番茄切块', '2、鸡蛋打散', '3、热锅下油', '4、加盐出锅'], ['首页', '新闻', '体育', '财经', '科技']],
      ['vi', ['- Rửa sạch rau', '- Thái nhỏ hành', '- Đập dập tỏi', '- Luộc trứng'], ['Trang chủ', 'Thời sự', 'Thế giới', 'Kinh doanh', 'Thể thao']],
      ['en', ['1. Preheat oven', '2. Mix flour', '3. Add eggs', '4. Bake'], ['Home', 'World', 'Business', 'Tech', 'Sport']],
      ['de', ['Schritt 1: Wasser kochen', 'Schritt 2: Nudeln zugeben', 'Schritt 3: Abgießen', 'Schritt 4: Servieren'], ['Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Reise']],
    ]
    for (const [lang, steps, menu] of cases) {
      const p = BY_LANG[lang]!
      const result = clean([...menu, ...p.slice(0, 2), ...steps, ...p.slice(2)].join('\n\n'))
      for (const l of steps) expect(result.body, l).toContain(l)
      for (const l of menu) expect(result.body.split('\n'), l).not.toContain(l)
    }
  })

  it('should still drop a numbered list of most-read headlines after the article', () => {
    const lines = ['Most read', '1. Storm hits coast', '2. Council backs budget', '3. Team wins final', '4. Rail strike goes on']
    const result = classifyText(page('en', lines, 'end'))
    for (const p of PARAGRAPHS) expect(result.body).toContain(p)
    for (const l of lines) expect(result.body.split('\n'), l).not.toContain(l)
  })

  it('should still drop a top menu between the paragraphs in English, Chinese and Vietnamese', () => {
    expectDropped('en', ['Home', 'World', 'Business', 'Sport', 'Culture'], menuRun.id)
    expectDropped('zh', ['首页', '新闻', '体育', '财经', '娱乐', '科技'], menuRun.id)
    expectDropped('vi', ['Trang chủ', 'Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', 'Thể thao'], menuRun.id)
  })

  it('should still drop a footer menu, inside the region or after it', () => {
    const footer = ['About us', 'Contact', 'Privacy Policy', 'Terms of Use', 'Careers']
    expectDropped('en', footer, menuRun.id)
    expectDropped('en', footer, 'boilerplate/outside-main', 'end')
    expectDropped('vi', ['Giới thiệu', 'Liên hệ', 'Tuyển dụng', 'Điều khoản sử dụng'], 'boilerplate/outside-main', 'end')
  })

  it('should still drop a menu written as a list, or with one stray count in it', () => {
    expectDropped('en', ['* Home', '* World', '* Business', '* Sport', '* Culture'], menuRun.id)
    expectDropped('zh', ['• 首页', '• 新闻', '• 体育', '• 财经'], menuRun.id)
    expectDropped('en', ['Home', 'World', 'Business', '2 hours ago', 'Sport', 'Culture'], menuRun.id)
  })

  it('should still drop teaser lists with time stamps or ranks', () => {
    expectDropped('en', ['Council votes to close the old library early', '2 hours ago', 'New bus lanes open on the ring road', '5 hours ago', 'Storm warning issued for the coast tonight', '1 day ago'], menuRun.id)
    expectDropped('en', ['1. Storm hits the coast as thousands lose power', '2. Council approves budget for new schools', '3. Local team wins the regional final', '4. Rail strike set to continue next week'], menuRun.id)
    expectDropped('zh', ['市区新增三条公交线路', '11月20日', '老旧小区改造工程全面启动', '11月19日', '本周末气温明显回升', '11月18日'], menuRun.id)
  })

  it('should keep bulleted or numbered lists under a short label ending in a colon between the paragraphs', () => {
    expectKept('en', ['Ingredients:', '• Flour', '• Eggs', '• Milk', '• Butter'])
    expectKept('en', ['Method:', '- Preheat oven', '- Chop onions', '- Fry garlic', '- Serve hot'])
    expectKept('en', ['You need:', '• Flour', '• Eggs', '• Milk', 'Steps:', '1. Preheat oven', '2. Whisk eggs', '3. Fold in flour'])
    expectKept('de', ['Zutaten:', '• Mehl', '• Eier', '• Milch', '• Butter'])
    expectKept('vi', ['Bạn cần:', '• Bột mì', '• Trứng gà', '• Sữa tươi', '• Bơ'])
    expectKept('zh', ['材料：', '• 鸡蛋', '• 番茄', '• 白糖', '• 葱花'])
    expectKept('fr', ['Matériel :', '– Marteau', '– Clous', '– Colle', '– Ruban'])
  })

  it('should still drop a labelled run that names navigation, mixes its marks or has no marks', () => {
    expectDropped('en', ['Tags:', '• Politics', '• Budget', '• Housing', '• Energy'], menuRun.id)
    expectDropped('en', ['Sections:', '• Home', '• World', '• Sport', '• Business'], menuRun.id)
    expectDropped('en', ['Browse:', '• Opinion', '• Weather', '• Home', '• Travel'], menuRun.id)
    expectDropped('de', ['Themen:', '• Politik', '• Wirtschaft', '• Kultur', '• Sport'], menuRun.id)
    expectDropped('vi', ['Từ khóa:', '• Giao thông', '• Đô thị', '• Chợ', '• Hà Nội'], menuRun.id)
    expectDropped('zh', ['标签：', '• 早市', '• 社区', '• 民生', '• 物价'], menuRun.id)
    expectDropped('en', ['Ingredients:', '• Flour', '- Eggs', '• Milk', '* Butter'], menuRun.id)
    expectDropped('en', ['Ingredients:', 'Flour', 'Eggs', 'Milk', 'Butter'], menuRun.id)
  })

  it('should drop a numbered menu of short phrases between the paragraphs when an entry names navigation', () => {
    expectDropped('vi', ['1. Trang chủ', '2. Thời sự', '3. Thế giới', '4. Kinh doanh', '5. Giải trí'], menuRun.id)
    expectDropped('vi', ['Bạn cần:', '1. Trang chủ', '2. Thời sự', '3. Thế giới', '4. Kinh doanh'], menuRun.id)
    expectDropped('en', ['1. Latest news', '2. Local weather', '3. Home', '4. Most shared'], menuRun.id)
  })

  it('should keep a labelled list only between paragraphs: one that ends the page still goes', () => {
    const lines = ['Ingredients:', '• Flour', '• Eggs', '• Milk', '• Butter']
    const result = classifyText(page('en', lines, 'end'))
    for (const p of PARAGRAPHS) expect(result.body).toContain(p)
    for (const l of lines) expect(result.body.split('\n'), l).not.toContain(l)
  })

  it('should keep a labelled recipe list and drop the site menu above the title with clean()', () => {
    const cases: Array<[string, readonly string[], readonly string[]]> = [
      ['de', ['Zutaten:', '• Mehl', '• Eier', '• Milch', '• Butter'], ['• Startseite', '• Politik', '• Wirtschaft', '• Sport', '• Kultur']],
      ['vi', ['Bạn cần:', '• Bột mì', '• Trứng gà', '• Sữa tươi', '• Bơ'], ['1. Trang chủ', '2. Thời sự', '3. Thế giới', '4. Kinh doanh', '5. Giải trí']],
      ['en', ['Method:', '• Preheat oven', '• Chop onions', '• Fry garlic', '• Serve hot'], ['• Home', '• World', '• Sport', '• Business', '• Culture']],
    ]
    for (const [lang, list, menu] of cases) {
      const p = BY_LANG[lang]!
      const result = clean([...menu, ...p.slice(0, 2), ...list, ...p.slice(2)].join('\n\n'))
      for (const l of list) expect(result.body, l).toContain(l)
      for (const l of menu) expect(result.body.split('\n'), l).not.toContain(l)
      for (const para of p) expect(result.body).toContain(para)
    }
  })

  it('should keep any bulleted run of single capitalised words under a colon label between paragraphs, and drop it without the label', () => {
    // Real words, not random letters: a random word may be a control or menu word of one of the lexicons'
    // languages (`Meer`, Dutch "more"), which drops its line wherever it stands.
    const label = fc.constantFrom('Ingredients', 'Equipment', 'Supplies', 'Materials', 'Toppings', 'Zutaten', 'Ingrédients')
    const word = fc.constantFrom('Flour', 'Sugar', 'Butter', 'Eggs', 'Milk', 'Salt', 'Yeast', 'Honey', 'Lemon', 'Garlic', 'Onions', 'Pepper', 'Basil', 'Rice', 'Carrots', 'Potatoes', 'Ginger', 'Vinegar', 'Cinnamon', 'Parsley')
    fc.assert(
      fc.property(label, fc.uniqueArray(word, { minLength: 4, maxLength: 8 }), (label, items) => {
        const lines = items.map((w) => `• ${w}`)
        const kept = classifyText(page('en', [`${label}:`, ...lines]))
        for (const l of lines) expect(kept.body).toContain(l)
        const dropped = classifyText(page('en', lines))
        for (const l of lines) expect(dropped.body.split('\n')).not.toContain(l)
      }),
      { numRuns: 40 },
    )
  })

  it('should drop any run of capitalised one- or two-word labels, and keep any run of bulleted lower-case items', () => {
    const word = fc.stringMatching(/^[a-z]{3,9}$/u)
    const label = fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '))
    const item = fc.array(word, { minLength: 2, maxLength: 4 }).map((ws) => `• ${ws.join(' ')}`)
    fc.assert(
      fc.property(fc.uniqueArray(label, { minLength: 4, maxLength: 8 }), fc.uniqueArray(item, { minLength: 4, maxLength: 8 }), (labels, items) => {
        const dropped = classifyText(page('en', labels))
        for (const l of labels) expect(dropped.body.split('\n')).not.toContain(l)
        const kept = classifyText(page('en', items))
        for (const l of items) expect(kept.body).toContain(l)
      }),
      { numRuns: 40 },
    )
  })

  it('should drop any numbered run of single capitalised words, and keep any numbered run of sentence-case phrases', () => {
    const word = fc.stringMatching(/^[a-z]{3,9}$/u)
    const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1)
    const numbered = (items: readonly string[]): string[] => items.map((t, k) => `${k + 1}. ${t}`)
    fc.assert(
      fc.property(fc.uniqueArray(word.map(cap), { minLength: 4, maxLength: 8 }), fc.uniqueArray(fc.array(word, { minLength: 2, maxLength: 3 }), { minLength: 4, maxLength: 8, selector: (ws) => ws.join(' ') }), (labels, phrases) => {
        const menu = numbered(labels)
        const dropped = classifyText(page('en', menu))
        for (const l of menu) expect(dropped.body.split('\n')).not.toContain(l)
        const steps = numbered(phrases.map((ws) => cap(ws.join(' '))))
        const kept = classifyText(page('en', steps))
        for (const l of steps) expect(kept.body).toContain(l)
      }),
      { numRuns: 40 },
    )
  })
})
