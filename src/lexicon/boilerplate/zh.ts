import type { BoilerplateLexicon } from './types.js'

/**
 * Chinese boilerplate phrases. Han text has no word boundaries, so these match as plain substrings;
 * every category is only read on short blocks, which keeps `评论` in an article sentence safe.
 */
export const zh: BoilerplateLexicon = {
  // Matches `发表评论`, `网友评论`, `已有3条评论`; not `他在评论中指出……` (long, terminal: not a marker).
  commentMarker: ['发表评论', '我要评论', '网友评论', '评论', '留言', '查看评论', '参与评论', '相关评论', '全部评论', '最新评论', '热门评论', '已有', '暂无评论', '发表留言', '我要留言', '跟帖', '评论区'],
  // Opens a comment section with more on the line: `发表评论 请文明上网`; not `评论员文章` (a heading).
  commentLead: ['发表评论', '我要评论', '发表留言', '我要留言', '参与评论', '暂无评论'],
  // With a number: `评论(3)`, `3条评论`.
  commentWord: ['评论', '条评论', '留言', '回复', '跟帖'],
  // After the count: `评论 12条`.
  countUnit: ['条'],
  // Ends a short line: `网友张三 回复：`, `李四 评论：`.
  commentByline: ['回复：', '回复:', '评论：', '评论:', '说：', '发表于'],
  // Matches `登录后评论`, `请登录`, `注册`.
  loginPrompt: ['登录', '登陆', '请登录', '注册', '用户名', '密码', '忘记密码'],
  // Matches `版权所有：吉林省人民政府`, `版权声明`; not a sentence about 著作权 (no such label).
  copyright: ['版权所有', '版权声明', '版权归', '©', '版权', '未经许可不得转载', '不得转载', '转载请注明', '免责声明'],
  // Starts a copyright line: `版权所有 © 吉林省人民政府`.
  copyrightLead: ['©', '版权所有', '版权'],
  // Matches `京ICP备05070218号`, `京公网安备 11010502030777号`, `互联网新闻信息服务许可证`.
  filing: ['ICP备', 'ICP证', 'ICP', '公网安备', '网安备', '网站标识码', '许可证编号', '新闻信息服务许可证', '增值电信业务经营许可证', '违法和不良信息举报'],
  // Matches `地址：长春市…`, `邮编：130051`, `联系电话：0431-…`.
  contact: ['地址：', '地址:', '电话：', '电话:', '邮编', '传真', '联系电话', '联系我们', '邮箱：', '邮箱:', '举报电话', '主办单位', '主办：', '承办', '技术支持', '网站维护'],
  // A line made only of these: `【打印本页】【关闭窗口】`, `字号：大 中 小`.
  control: ['打印', '打印本页', '打印此页', '打印文章', '关闭', '关闭窗口', '关闭本页', '收藏', '收藏本页', '分享', '分享到', '字号', '字体', '大', '中', '小', '默认', '返回顶部', '顶部', '返回', '纠错', '复制链接', '微信', '微博', '扫一扫', '加入收藏', '推荐', '转发', '放大', '缩小', '朗读'],
  // Matches `首页 > 新闻`, `当前位置：首页 > 要闻`.
  breadcrumbStart: ['首页', '主页', '当前位置', '您的位置', '您现在的位置', '所在位置', '位置'],
  // The whole block: `相关阅读`, `往期回顾`, `推荐阅读`.
  relatedHeading: ['相关阅读', '相关新闻', '相关文章', '相关链接', '相关报道', '往期回顾', '推荐阅读', '延伸阅读', '热点推荐', '热门推荐', '热点新闻', '猜你喜欢', '精彩推荐', '更多', '更多新闻', '上一篇', '下一篇', '最新文章', '热门文章', '阅读排行', '点击排行'],
  // Matches `购买后可查看全部`, `付费阅读`, `订阅后查看全文`.
  paywall: ['购买后可查看', '购买后查看', '付费阅读', '付费后', '订阅后查看', '查看全文需', '开通会员', '会员专享', '登录后查看全文', '剩余全文', '阅读全文请'],
  // Matches `作者简介`, `关于作者`.
  bioLabel: ['作者简介', '关于作者', '作者：', '作者:'],
  // Bio vocabulary: `资深记者，从事…报道多年`.
  bioWord: ['资深', '记者', '编辑', '从事', '毕业于', '多年', '专注于', '撰稿人', '作家'],
  // Matches `本网站使用cookie`.
  cookie: ['使用cookie', '使用 cookie', 'cookie政策', 'Cookie 政策'],
  // Matches `订阅我们的新闻`, `订阅邮件`.
  newsletter: ['订阅我们的', '订阅邮件', '邮件订阅', '订阅newsletter', '输入您的邮箱'],
}
