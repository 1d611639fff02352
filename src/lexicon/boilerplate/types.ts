/**
 * The categories of boilerplate phrases a lexicon lists. How each category is matched (prefix, anywhere,
 * whole block, or a line made only of such tokens) is fixed in `./index.ts`, so a lexicon is plain data.
 */
export interface BoilerplateLexicon {
  /**
   * A label that opens a comment section: `Comments`, `Leave a comment`, `发表评论`, `Bình luận`. The whole
   * block (bullets and trailing punctuation allowed), or with a count (`Comments (5)`): a longer line that
   * starts with one (`Comments from residents`, `Bình luận của chuyên gia`) is a heading, not the label.
   */
  readonly commentMarker: readonly string[]
  /**
   * A phrase only a comment form or thread starts with, so it opens one even with more on the line:
   * `Leave a Reply Cancel reply`, `No comments yet Comment from the forums`. Matched at the start. None is
   * how a heading or sentence of the language opens (`No comment from the ministry` is prose).
   */
  readonly commentLead?: readonly string[]
  /**
   * A comment marker that is also how a document names one of its own sections (`Discussion`, `Responses`,
   * a press release's `コメント`): the whole line. Paragraphs right after it are the article's next
   * section unless a thread's line (`Reply`, `Anna replied:`) follows them; every other marker
   * (`Comments`, `评论`, `Bình luận`) starts the comments whatever follows it.
   */
  readonly commentHeading?: readonly string[]
  /**
   * A word that, next to a number, makes a comment counter: `5 comments`, `评论(3)`, `This post has 5
   * comments`. Anywhere; the counter must end the line and have at most a short lead before it.
   */
  readonly commentWord: readonly string[]
  /**
   * A counter word written after a comment count that follows its label: `件` in `コメント 3件`, `개` in
   * `댓글 3개`, `条` in `评论 12条`. The whole text after the number.
   */
  readonly countUnit?: readonly string[]
  /**
   * The words between a comment count and the quoted title of the post the comments are on, with a
   * comment word: `responses to` in `34 responses to “Title of the post”`, `commentaires sur`. The whole
   * text between; the quoted title must end the line.
   */
  readonly commentsOn?: readonly string[]
  /**
   * What follows the quoted post title in a counter that writes the title first, with `#` for the count and
   * no space next to it: `üzerine#düşünce` (`“Başlık” üzerine 3 düşünce`), `有#条评论` (`《标题》有3条评论`),
   * `への#件のコメント`, `에 대한#개의 댓글`. The whole text after the title's closing mark, spaces next to the
   * count (digits, or a count word of `COUNT_WORDS`) taken out. What follows `#` must end the line.
   */
  readonly commentsAfterTitle?: readonly string[]
  /** How a comment in a thread is introduced, at the end of a short line: `joe says:`, `张三 回复：`. */
  readonly commentByline: readonly string[]
  /** A login or registration prompt: `Sign in to comment`, `登录`. Matched at the start of a short block. */
  readonly loginPrompt: readonly string[]
  /** A copyright notice: `©`, `All rights reserved`, `版权所有`. Anywhere in a short block. */
  readonly copyright: readonly string[]
  /** How a copyright line starts: `©`, `Copyright`, `版权所有`. Matched at the start. */
  readonly copyrightLead: readonly string[]
  /** A licence or public-security filing: `ICP备`, `公网安备`. Anywhere in a short block. */
  readonly filing: readonly string[]
  /** A contact label in a footer: `Tel:`, `邮编`, `Địa chỉ:`. Anywhere in a short block with digits. */
  readonly contact: readonly string[]
  /** A page control: `print`, `close`, `T`, `打印本页`. A block made only of controls is dropped. */
  readonly control: readonly string[]
  /**
   * A label over a list of links rather than an article's list: `Tags`, `Topics`, `Follow us`, `Từ khóa`,
   * `标签`. The whole line (a trailing colon allowed). A short line ending in a colon between paragraphs
   * introduces an article's list (`Zutaten:`, `Bạn cần:`) unless it is one of these, and `boilerplate/menu-run`
   * reads an item that is one (or a breadcrumb's first crumb, a related heading, a login or comment label)
   * as a menu's entry.
   */
  readonly linkLabel?: readonly string[]
  /** The first crumb of a breadcrumb: `Home`, `首页`, `当前位置`, `Trang chủ`. Matched at the start. */
  readonly breadcrumbStart: readonly string[]
  /** A heading over a list of links: `Related articles`, `past review`, `往期回顾`. The whole block. */
  readonly relatedHeading: readonly string[]
  /** A paywall notice: `Subscribe to continue reading`, `购买后可查看全部`. Anywhere in a short block. */
  readonly paywall: readonly string[]
  /** The label of an author bio box: `Author:`, `About the author`, `作者简介`. Matched at the start. */
  readonly bioLabel: readonly string[]
  /** Words that mark a paragraph as a bio: `experienced`, `journalist`, `从事`. Anywhere. */
  readonly bioWord: readonly string[]
  /** A cookie banner: `We use cookies`, `cookie policy`. Anywhere in a block of moderate length. */
  readonly cookie: readonly string[]
  /**
   * The word of a news agency's end mark, as written inside its brackets or dashes: `完` (`（完）`, `-完-`),
   * `End` (`(End)`, `-END-`, `— END —`), `30` (`-30-`), `Ende`, `Fin`, `끝`. The whole text inside the mark;
   * the `end-mark` rule checks the brackets or dashes around it, so a bare `End` line is no mark.
   */
  readonly endMark?: readonly string[]
  /**
   * An agency's end mark printed bare, with no brackets or dashes: Xinhua's `Enditem`. The whole line, or
   * the last word of a paragraph after a sentence's end (`… said. Enditem`). Only a word no sentence of
   * any language ends with belongs here (`End` and `Fin` do: they stay in `endMark`). Vietnamese state
   * media's `./.` is punctuation, the same in every language, and fixed in the `end-mark` rule.
   */
  readonly bareEndMark?: readonly string[]
  /** A newsletter prompt: `Sign up for our newsletter`, `订阅我们的`. Anywhere in a short block. */
  readonly newsletter: readonly string[]
  /**
   * A word of a newsletter box's heading or confirmation that alone is no prompt: `Breaking News Emails`,
   * `Stay up to date with …`, `You have subscribed`. Anywhere; read only in a line of at most 8 words that
   * stands in a box with a prompt or a button (an article's sentence about a newsletter is kept).
   */
  readonly newsletterCue?: readonly string[]
  /**
   * A newsletter box's pitch: `delivered weekday mornings`, `Every day we send an email with…`, `your
   * inbox`. Anywhere; read only in a line of the box (with a prompt or a button), which may be a sentence.
   */
  readonly newsletterPitch?: readonly string[]
  /** A sign-up form's button: `Subscribe`, `Sign up`, `No thanks`, `订阅`. A line made only of these. */
  readonly newsletterButton?: readonly string[]
  /**
   * What joins a person's name to their trade in a one-line bio: `is` (`Jane Doe is a reporter for…`),
   * `é`, `ist`, `là`, `是`. Matched at the start of what follows the name.
   */
  readonly bioCopula?: readonly string[]
  /**
   * A writer's trade, for a one-line bio: `reporter`, `freelance writer`, `columnist`, `jornalista`, `记者`.
   * Anywhere in the bio's first clause (after its name and copula).
   */
  readonly bioRole?: readonly string[]
  /**
   * The word before a person's name in a bio box label: `About` (`About Jane Doe`), `Sobre`, `Über`,
   * `À propos de`, `关于`. The whole label once the name is taken off its end.
   */
  readonly bioAbout?: readonly string[]
  /**
   * Words this language opens a sentence or subheading with that another language's lexicon lists as a
   * label: French `comment` ("how") is English `Comment`. On a page in this language, a line that starts
   * with one and goes on with a word is prose (`Comment fonctionne le dispositif`), not a marker. Read
   * only for the page's own language, not merged.
   */
  readonly proseOpenings?: readonly string[]
}

/** A partial lexicon, as users pass in `options.lexicon[lang]`: category → extra phrases. */
export type LexiconEntries = Readonly<Record<string, readonly string[]>>
