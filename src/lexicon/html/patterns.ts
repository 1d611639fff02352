/**
 * Class and id vocabulary of page templates, as data. Names are matched against the lower-cased
 * `class` and `id` of an element split into tokens at anything that is not a letter or digit
 * (`article-comments__list` → `article`, `comments`, `list`), so a word only counts when a template
 * author wrote it as a word. Stems match a token's start (`comment` matches `comments`, `commentlist`).
 *
 * Pinyin names are common on Chinese sites, whose templates name parts after the Chinese words
 * (评论 pinglun "comments", 分享 fenxiang "share").
 */

/**
 * Stems of boilerplate parts: an element whose class/id has a token starting with one is dropped.
 * Each entry: what it matches / what it must not.
 */
export const BOILERPLATE_STEMS: readonly string[] = [
  'comment', // comments, comment-list / not "commentary" (listed in KEEP_TOKENS)
  'disqus', // disqus_thread
  'share', // share-bar, sharetools / not "shareholder" (KEEP_TOKENS)
  'sharing', // sharing-buttons
  'social', // social-links
  'related', // related-posts / —
  'recommend', // recommended, recommendation
  'breadcrumb', // breadcrumbs / —
  'crumb', // crumbs / —
  'footer', // site-footer / —
  'copyright', // copyright-info / —
  'cookie', // cookie-banner, cookieconsent / —
  'consent', // consent-popup / —
  'newsletter', // newsletter-signup / —
  'subscri', // subscribe, subscription / —
  'advert', // advertisement / —
  'sidebar', // sidebar-right / —
  'sponsor', // sponsored / —
  'caption', // image-caption, wp-caption-text / not "captions" inside prose (class names only)
  'credit', // image-credit, photo-credit: "(Image: © Agency)" / —
  'promo', // promo-box / not "promotion" inside prose (class names only)
  'popup', // popup-layer / —
  'modal', // modal-dialog / —
  // Not 'widget': Blogger templates call the post itself `widget Blog`.
  'navbar', // navbar-top / —
  'navigation', // navigation / —
  'menu', // main-menu, menubar / —
  'pagination', // pagination / —
  'pager', // pager-links / —
  'masthead', // masthead / —
  'toolbar', // article-toolbar / —
  'outbrain', // outbrain widget / —
  'taboola', // taboola feed / —
  'trending', // trending-now / —
  'popular', // most-popular / —
  'signup', // signup-form / —
  'login', // login-box / —
  'pinglun', // 评论 comments: pinglun-box / —
  'liuyan', // 留言 messages: liuyan / —
  'fenxiang', // 分享 share: fenxiang / —
  'xiangguan', // 相关 related: xiangguan-news / —
  'tuijian', // 推荐 recommended: tuijian / —
  'daohang', // 导航 navigation: daohang / —
  'dibu', // 底部 page bottom: dibu / —
  'yejiao', // 页脚 footer: yejiao / —
  'toubu', // 头部 page head: toubu / —
  'banquan', // 版权 copyright: banquan / —
  'guanggao', // 广告 advertisement: guanggao / —
  'mianbaoxie', // 面包屑 breadcrumb: mianbaoxie / —
  'weizhi', // 位置 "you are here" breadcrumb: dqwz-weizhi / —
  'remen', // 热门 popular: remen-list / —
  'youqing', // 友情链接 partner links: youqing-lianjie / —
]

/** Whole tokens of boilerplate parts, too short to use as stems. Example / must not. */
export const BOILERPLATE_TOKENS: readonly string[] = [
  'ad', // class="ad" / not "add" or "header" (whole token only)
  'ads', // ads-slot
  // Not 'bottom', 'print' or 'hidden': utility classes (border-bottom, d-print-none, overflow-hidden)
  // sit on article wrappers.
  'adv', // adv-box
  'advs', // advs
  'nav', // main-nav / not "navy"
  'tags', // post-tags
  'tag', // tag-list
  'foot', // foot
  'header', // site-header
  'aside', // aside
  'sns', // sns-links (social networks, common on Asian sites)
  'gg', // 广告 guanggao, abbreviated: gg-box
  'dh', // 导航 daohang, abbreviated: dh
  'dqwz', // 当前位置 "current location" breadcrumb
  'skip', // skip-link
]

/** Tokens that look like boilerplate stems but name content. Example / must not. */
export const KEEP_TOKENS: readonly string[] = [
  'commentary', // an opinion piece's body / —
  'shareholder', // shareholder news body / —
]

/** Tokens that veto a boilerplate name: embedded posts (a quoted tweet in `social-media-embed`) are content. */
export const CONTENT_VETO_TOKENS: readonly string[] = [
  'embed', // social-media-embed, embed-twitter / —
  'embedded', // embedded-post / —
]

/** Stems of comment sections, kept apart so `comments: 'separate'` can return them. */
export const COMMENT_STEMS: readonly string[] = [
  'comment', // comments, comment-list
  'disqus', // disqus_thread
  'pinglun', // 评论
  'liuyan', // 留言
  'respond', // wordpress #respond
  'reply', // reply-list
]

/** Stems of the main article container: a bonus when scoring. Example / must not. */
export const CONTENT_STEMS: readonly string[] = [
  'article', // article-body / —
  'content', // entry-content / —
  'entry', // entry / —
  'post', // post-body / —
  'story', // story-body / —
  'main', // main / —
  'text', // article-text / —
  'body', // article-body / not used for the body tag (class names only)
  'detail', // news-detail / —
  'zhengwen', // 正文 main text: zhengwen / —
  'neirong', // 内容 content: neirong / —
  'wenzhang', // 文章 article: wenzhang / —
  'artibody', // a common Chinese portal id / —
]

/** Whole tokens of the main article container too short for stems. */
export const CONTENT_TOKENS: readonly string[] = [
  'zw', // 正文 zhengwen, abbreviated / —
  'nr', // 内容 neirong, abbreviated / —
  'txt', // news-txt / —
  'con', // con / —
  'cont', // cont / —
]

/** Stems of byline and dateline elements, read for metadata before the element is dropped. */
export const BYLINE_STEMS: readonly string[] = [
  'byline', // byline / —
  'author', // author-name / not "authority" is rare in templates and its text is too long to pass anyway
]

/** Stems of elements that show the publication date, read when no meta tag gives one. */
export const DATELINE_STEMS: readonly string[] = [
  'dateline', // dateline / —
  'date', // post-date, pubdate / —
  'time', // pub-time / not "timeline" boxes, whose text does not start with a date near the front
  'pubtime', // pubtime / —
  'fbsj', // 发布时间 fabu shijian "published at", abbreviated / —
]
