import type { BoilerplateLexicon } from './types.js'

/**
 * English boilerplate phrases, including the forms machine translation gives Chinese page labels
 * (`past review` for 往期回顾, `audit:` for 审核). Matching is case-insensitive and stops at word
 * boundaries, so `share` matches the control `Share` but not `shareholders`.
 */
export const en: BoilerplateLexicon = {
  // The whole line: `Comments`, `Leave a comment:`; with a count, `Comments (12)`; not `Comments from 4 residents`
  // (a heading) or `Comments made by the minister…` (a sentence).
  commentMarker: [
    'leave a comment', 'leave a reply', 'post a comment', 'post comment', 'add a comment', 'add comment',
    'write a comment', 'submit a comment', 'comments', 'comment', 'show comments', 'view comments', 'load comments',
    'join the conversation', 'join the discussion', 'this post has', 'there are no comments', 'no comments yet',
    'be the first to comment', 'reader comments', 'netizen comments', 'i want to comment', 'discussion',
    'responses', 'replies', 'reply', 'conversation',
  ],
  // Opens a comment section with more on the line: `Leave a Reply Cancel reply`, `No comments yet Comment from the forums`;
  // not `No comment from the ministry`.
  commentLead: [
    'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'write a comment', 'submit a comment',
    'join the conversation', 'join the discussion', 'be the first to comment', 'there are no comments',
    'no comments yet', 'comments are closed', 'show comments', 'view comments', 'load comments',
  ],
  // Markers that also name an article's own section: `Discussion` in a study, `Responses` in a report.
  commentHeading: ['discussion', 'responses', 'replies', 'reply', 'conversation', 'comment'],
  // With a number: `5 Comments`, `Replies (3)`; not `comment` in a sentence (length cap). The phrases name
  // comments only before a quoted post title (`34 thoughts on “Title”`, `One response to “Title”`).
  commentWord: ['comment', 'comments', 'replies', 'responses', 'reply', 'thoughts on', 'thought on', 'response to'],
  // `34 responses to “Title of the post”`, `One thought on “Title”` (WordPress): then the quoted title ends the line.
  commentsOn: [
    'responses to', 'response to', 'replies to', 'reply to', 'replies on', 'reply on', 'comments on', 'comment on',
    'comments to', 'thoughts on', 'thought on',
  ],
  // Ends a short line: `joetoronto says:`, `Anna replied:`; not `He says: "we will win."` (a sentence, long).
  commentByline: ['says:', 'said:', 'says :', 'wrote:', 'writes:', 'commented:', 'replied:', 'replies:'],
  // Matches `Sign in to comment`, `You must be logged in to post a comment`; not `Signing in to the system took…`.
  loginPrompt: [
    'log in', 'login', 'sign in', 'sign up', 'register', 'you must be logged in', 'please log in', 'please login',
    'already have an account', 'create an account', 'forgot password', 'forgot your password',
  ],
  // Matches `© 2019 Reuters`, `Copyright @ 2008 … All Rights Reserved`; `copyright` alone also needs a digit.
  copyright: ['©', 'copyright', 'all rights reserved', 'all right reserved', '(c) 19', '(c) 20'],
  // Starts a copyright line: `Copyright 2024 Example Media.`; not `In 2019 the copyright office…`.
  copyrightLead: ['©', 'copyright', '(c)'],
  // Matches `ICP:05001568`, `ICP No. 12345`, `Public Network Security Filing No.`.
  filing: ['icp', 'public network security', 'public security filing', 'network security record', 'business license'],
  // Matches `Tel:+86-0431-88905342`, `Post:100051`, `Address: No. 5 …`; needs digits in a short block.
  contact: [
    'tel:', 'tel.', 'tel :', 'telephone:', 'phone:', 'fax:', 'post:', 'postcode', 'post code', 'zip code', 'zip:',
    'address:', 'add:', 'email:', 'e-mail:', 'hotline', 'contact us',
    // A press release's contact block: `Media contact: Tom Becker, +1 412 555 0199`, `Investor Relations`.
    'contact:', 'contacts:', 'media contact', 'media contacts', 'press contact', 'press contacts', 'investor contact',
    'investor contacts', 'media inquiries', 'media enquiries', 'press inquiries', 'press enquiries', 'media relations',
    'investor relations',
  ],
  // A line made only of these: `T T T`, `【print】 【close】`, `Share Tweet Email`; not `Share prices rose.`
  control: [
    // Skip links at the top of a page (the first line of its text).
    'skip to main content', 'skip to content', 'skip to navigation', 'skip navigation', 'skip to footer', 'jump to content', 'jump to main content',
    't', 'a', 'a+', 'a-', 'aa', 'print', 'close', 'close window', 'print this page', 'print page', 'share',
    'share this', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'e-mail',
    'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'weibo', 'wechat', 'font size',
    'font', 'large', 'medium', 'small', 'big', 'bookmark', 'save', 'copy link', 'copy', 'favorite', 'favorites',
    'collect', 'collection', 'top', 'back to top', 'return to top', 'back', 'more', 'text size', 'listen',
    'comment', 'comments', 'reset', 'zoom in', 'zoom out', 'pdf', 'download', 'flipboard', 'messenger',
    'link', 'copied', 'gift this article', 'gift', 'save article', 'print article',
    // Platforms a share bar names after its label (`Share: Facebook | X | Telegram`).
    'x', 'telegram', 'line', 'threads', 'bluesky',
  ],
  // The whole line: `Tags:`, `Topics:`, `Follow us:` over a list of links, not an article's list.
  linkLabel: ['tags', 'tagged', 'tagged with', 'topics', 'categories', 'category', 'sections', 'filed under', 'follow us', 'follow us on', 'menu', 'navigation', 'keywords'],
  // Matches the start of `Home>News>General News`, `You are here: Home / World`.
  breadcrumbStart: ['home', 'homepage', 'home page', 'front page', 'you are here', 'current location', 'your location', 'location', 'current position', 'your position'],
  // The whole block: `Related articles`, `past review`, `Read more:`; not `Related articles show that…`.
  relatedHeading: [
    'related', 'related articles', 'related article', 'related news', 'related stories', 'related content',
    'related posts', 'related reading', 'related links', 'related coverage', 'related topics', 'read more',
    'read also', 'also read', 'see also', 'more stories', 'more news', 'more from', 'more on this', 'recommended',
    'recommended for you', 'recommended reading', 'recommended articles', 'you may also like', 'you might also like',
    'you may be interested', 'past review', 'past reviews', 'previous review', 'review of the past', 'previous issues',
    'extended reading', 'further reading', 'hot news', 'hot recommendation', 'most read', 'most popular', 'most viewed',
    'trending', 'trending now', 'popular', 'top stories', 'latest news', 'latest stories', 'editor\'s picks',
    'editors\' picks', 'what to read next', 'more in', 'next article', 'previous article', 'previous', 'next',
    'related post', 'related story', 'related video', 'related videos', 'read next', 'read this next', 'more like this',
    'don\'t miss', 'must read',
  ],
  // Matches `All can be viewed after purchase`, `Subscribe to continue reading`; not a sentence about subscriptions.
  paywall: [
    'can be viewed after purchase', 'viewed after purchase', 'view after purchase', 'view the full text after',
    'subscribe to continue reading', 'subscribe to read', 'subscribe to unlock', 'to continue reading',
    'continue reading this article', 'this article is for subscribers', 'this content is for subscribers',
    'subscribers only', 'for subscribers only', 'already a subscriber', 'you have reached your limit',
    'you\'ve reached your limit', 'free articles remaining', 'sign up to read', 'register to read',
    'log in to read', 'purchase to read', 'unlock this article', 'become a member to read',
    // Donation and membership appeals after an article.
    'support our journalism', 'support independent journalism', 'support our reporting',
    'make a difference for readers', 'donate now', 'donate today', 'become a member today', 'become a supporter',
  ],
  // Matches `Author: Emma` (followed by a bio), `About the author`.
  bioLabel: ['author:', 'author :', 'about the author', 'about author', 'author profile', 'author bio', 'author introduction', 'profile of the author'],
  // Bio vocabulary: `An experienced news writer, focusing on…`, `She has covered … for 20 years`.
  bioWord: [
    'experienced', 'writer', 'journalist', 'editor', 'reporter', 'columnist', 'correspondent', 'years of experience',
    'focusing on', 'specializing', 'specialising', 'covers', 'has covered', 'graduated', 'holds a degree',
    'contributor', 'author of', 'years of rich',
  ],
  // Matches `We use cookies to improve…`, `Cookie settings`; not a recipe for cookies (no consent words).
  cookie: [
    'we use cookies', 'this website uses cookies', 'this site uses cookies', 'uses cookies', 'use of cookies',
    'cookie policy', 'cookie settings', 'cookie preferences', 'accept cookies', 'accept all cookies', 'cookie consent',
    'by continuing to use this site', 'by continuing to browse', 'by using this site, you agree',
  ],
  // Wire copy's end marks: `(End)`, `-END-`, `— END —`, the reporter's `-30-`, a press release's `-ends-`.
  endMark: ['end', '30', 'ends'],
  // Xinhua's English wire ends a story with a bare `Enditem` (or `ENDITEM`), on its own line or after the last sentence.
  bareEndMark: ['enditem'],
  // Matches `Sign up for our newsletter`, `Get the latest news delivered to your inbox`.
  newsletter: [
    // A donation appeal inside the page, dropped as a line (a paywall notice would cut what follows it).
    'click here to support',
    'sign up for our newsletter', 'subscribe to our newsletter', 'sign up for the newsletter', 'newsletter sign up',
    'newsletter signup', 'get our newsletter', 'delivered to your inbox', 'straight to your inbox',
    'enter your email', 'enter your e-mail', 'your email address', 'subscribe now', 'sign up now',
    'get the latest news', 'subscribe to our', 'daily newsletter', 'weekly newsletter', 'our newsletters',
    'sign up for our', 'sign up for email alerts', 'sign up for news alerts', 'sign up to receive',
    'successfully subscribed', 'thank you for subscribing', 'thanks for subscribing', 'thank you for signing up',
    'thanks for signing up', 'confirm your subscription', 'activate your subscription', 'protected by recaptcha',
  ],
  // In a short line of a box: `Breaking News Emails`, `Want more stories like this?`, `Stay up to date with …`,
  // `You have subscribed. Thank you!`; not `The newsletter has 20,000 readers.` on its own.
  newsletterCue: [
    'newsletter', 'newsletters', 'news emails', 'email alerts', 'news alerts', 'email updates', 'inbox',
    'stay up to date', 'stay up-to-date', 'stay informed', 'stay in the loop', 'stories like this', 'subscribed',
    'subscribe', 'sign up', 'recaptcha',
  ],
  // A box's pitch, a sentence beside its button: `The stories that matter, delivered weekday mornings.`,
  // `Every day we send an email with the top stories from …`, `Let our news meet your inbox.`
  newsletterPitch: [
    'your inbox', 'delivered weekday mornings', 'delivered every morning', 'delivered each morning',
    'delivered every weekday', 'delivered daily', 'every day we send', 'we send an email', 'we will send you',
    'we\'ll send you', 'get breaking news alerts', 'get email alerts', 'get news alerts', 'never miss a story',
    'don\'t miss a story', 'the stories that matter', 'the news that matters',
  ],
  // A line of buttons: `SUBSCRIBE`, `Subscribe No thanks`, `Sign up`.
  newsletterButton: [
    'subscribe', 'subscribe now', 'sign up', 'signup', 'sign me up', 'sign up now', 'submit', 'join', 'join now',
    'no thanks', 'no, thanks', 'no thank you', 'no, thank you', 'maybe later',
  ],
  // `Jane Doe is a reporter for…`, `Jane Doe works as a freelance writer…`.
  bioCopula: ['is', 'works as'],
  // `is a reporter for`, `is a freelance writer living in`, `is the author of`.
  bioRole: [
    'reporter', 'writer', 'journalist', 'editor', 'correspondent', 'columnist', 'contributor', 'producer',
    'author', 'freelancer', 'blogger', 'photojournalist', 'critic', 'contributing editor',
  ],
  // `About Jane Doe` over her bio, `About the Acme Foundation` over a press release's boilerplate.
  bioAbout: ['about', 'more about', 'about the'],
}
