/**
 * The words of a prompt to follow the site or its author on a social network (`Follow us on Twitter`,
 * `Follow Newsbeat on Instagram, Facebook and YouTube.`, `Folgen Sie uns auf Facebook`, `Suivez-nous sur X`),
 * shared by every language. Read by `boilerplate/social-follow`: the line opens with a verb, and a preposition
 * and a network follow within a few words. All entries are in lower case.
 *
 * Written for this project from how news sites in these languages word the prompt.
 */

/** Verbs that open the prompt (imperatives, with their pronoun where it is glued: `suivez-nous`). */
export const FOLLOW_VERBS: readonly string[] = Object.freeze([
  // `Like`, `Join` and `Find` open sentences too (`Like many on X, she left`): only with `us`.
  'follow', 'like us', 'join us', 'find us', 'connect with us', 'subscribe to',
  'folgen sie', 'folge', 'folgt', 'suivez', 'suivez-nous', 'retrouvez-nous', 'síguenos', 'sigue', 'siga', 'siga-nos',
  'segui', 'seguici', 'seguite', 'volg', 'obserwuj', 'подписывайтесь', 'следите', 'theo dõi', 'ikuti', 'follow kami',
])

/** Words that stand right before the network: on, at, and their equivalents. */
export const FOLLOW_PREPOSITIONS: readonly string[] = Object.freeze([
  'on', 'at', 'via', 'auf', 'bei', 'sur', 'en', 'no', 'na', 'em', 'su', 'op', 'в', 'на', 'trên', 'di',
])

/** Social networks and messaging channels, as their names are written, with inflected forms (`Facebooku`). */
export const SOCIAL_NETWORKS: readonly string[] = Object.freeze([
  'facebook', 'twitter', 'x', 'instagram', 'youtube', 'tiktok', 'linkedin', 'telegram', 'whatsapp', 'threads',
  'bluesky', 'mastodon', 'snapchat', 'pinterest', 'flipboard', 'google news', 'weibo', 'wechat', 'vk', 'vkontakte',
  'zalo', 'kakaotalk', 'reddit', 'twitch', 'facebooku', 'instagramie', 'twitterze', 'youtubie',
])
