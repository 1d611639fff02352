/**
 * Words of today's web and news text that the SUBTLEX-US list (`words-en.ts`, word counts of film and TV
 * subtitles up to 2009) lacks or ranks as rare (past `MODERN_WORD_RANK`): devices and software
 * (`smartphone`, `touchscreen`, `login`, `plugin`), the web's own words (`homepage`, `newsletters`, `hashtag`,
 * `livestream`, `podcast`, `selfie`, `ebook`, `emoji`), money and business (`cryptocurrency`, `fintech`,
 * `automakers`, `stakeholders`), news of the last twenty years (`lockdown`, `wildfires`, `cyberattack`,
 * `spokeswoman`), and a few older words whose glued shape the glued-word repair otherwise splits
 * (`formatter` is not `for matter`, `theming` not `the ming`, `topup` not `to pup`).
 *
 * Without them a sentence of such words counted as not English for the word repairs' gate, a word broken
 * by a stray space stayed broken (`smartph one`, `cryptocur rency`), one glued to `the` stayed glued
 * (`thesmartphone`, `thenewsletters`), and an unlisted word of the glued shape was split (`for matter`).
 *
 * Compiled by hand for this project (its licence) from the vocabulary of the benchmark's news, tech and
 * shopping pages and of English web writing at large, and checked against the SUBTLEX list: every word here
 * is missing from it or ranked past `MODERN_WORD_RANK` (a test keeps it so). No other project's list was
 * copied. Lower case, ASCII letters only, alphabetical.
 */
export const MODERN_WORDS: readonly string[] = [
  'algorithm', 'algorithms', 'analytics', 'app', 'apps', 'attendees', 'autocomplete', 'automaker',
  'automakers', 'autoplay', 'bezel', 'bezels', 'biometric', 'biometrics', 'biotech', 'bitcoin', 'bitcoins',
  'blockchain', 'blockchains', 'blogger', 'bloggers', 'blogging', 'blogpost', 'blogposts', 'bluetooth',
  'broadband', 'browser', 'browsers', 'bushfire', 'bushfires', 'captcha', 'carmaker', 'carmakers', 'cashless',
  'chatbot', 'chatbots', 'checkbox', 'checkboxes', 'chipmaker', 'chipmakers', 'chipset', 'chipsets',
  'clickbait', 'codebase', 'contactless', 'coronavirus', 'crowdfunding', 'crowdsourced', 'crowdsourcing',
  'crypto', 'cryptocurrencies', 'cryptocurrency', 'customisation', 'customization', 'cyber', 'cyberattack',
  'cyberattacks', 'cyberbullying', 'cybersecurity', 'datacenter', 'datacenters', 'datacentre',
  'decarbonisation', 'decarbonization', 'desktop', 'desktops', 'doomscrolling', 'downloadable', 'downloads',
  'dropdown', 'drugmaker', 'drugmakers', 'earbuds', 'ebook', 'ebooks', 'ecommerce', 'emailed', 'emailing',
  'emails', 'emoji', 'emojis', 'esports', 'fintech', 'firmware', 'foraged', 'forages', 'formatter',
  'formatters', 'functionalities', 'fundraisers', 'fundraising', 'gameplay', 'gamers', 'geolocation',
  'geotagged', 'gigabyte', 'gigabytes', 'googled', 'googling', 'governance', 'hashtag', 'hashtags',
  'headquartered', 'hearten', 'heatwave', 'heatwaves', 'homepage', 'homepages', 'homeschool', 'homeschooling',
  'hyperlink', 'hyperlinks', 'inbox', 'inboxes', 'influencer', 'influencers', 'infotainment', 'interfaces',
  'keyboards', 'laptops', 'lawmakers', 'livestream', 'livestreamed', 'livestreamer', 'livestreaming',
  'livestreams', 'lockdown', 'lockdowns', 'login', 'logins', 'logout', 'malware', 'megapixel', 'megapixels',
  'meme', 'memes', 'metadata', 'microblogging', 'microgrid', 'microplastics', 'mindfulness', 'mitigation',
  'multiplayer', 'newsfeed', 'newsletters', 'newsroom', 'newsrooms', 'offline', 'offshoring', 'onboarding',
  'outages', 'outsourcing', 'paywall', 'paywalls', 'personalisation', 'personalised', 'personalization',
  'personalized', 'playlist', 'playlists', 'plugin', 'plugins', 'podcast', 'podcaster', 'podcasters',
  'podcasting', 'podcasts', 'policymaker', 'policymakers', 'popup', 'popups', 'preorder', 'preorders',
  'rankings', 'ransomware', 'renewables', 'repost', 'reposted', 'reposts', 'retailer', 'retailers', 'retweet',
  'retweeted', 'retweets', 'rideshare', 'ridesharing', 'robocall', 'robocalls', 'rollout', 'rollouts',
  'screenshot', 'screenshots', 'scrolling', 'selfie', 'selfies', 'sexting', 'showcased', 'sidebars', 'signup',
  'signups', 'skincare', 'smartphone', 'smartphones', 'smartwatch', 'smartwatches', 'spokespeople',
  'spokeswoman', 'spreadsheet', 'spreadsheets', 'spyware', 'stakeholder', 'stakeholders', 'startup',
  'startups', 'streamer', 'streamers', 'subreddit', 'subscribers', 'superfood', 'superfoods', 'swathe',
  'swathes', 'telecom', 'telecommuting', 'telecoms', 'telehealth', 'telemedicine', 'teleworking', 'texted',
  'texting', 'theism', 'theist', 'theists', 'theming', 'timeline', 'timelines', 'toolbar', 'toolbars', 'topup',
  'topups', 'touchpad', 'touchscreen', 'touchscreens', 'towelling', 'trackpad', 'trending', 'tweeted',
  'tweeting', 'tweets', 'unfollow', 'unfollowed', 'unfriend', 'unsubscribe', 'unsubscribed', 'uploaded',
  'uploading', 'uploads', 'username', 'usernames', 'vape', 'vapes', 'vaping', 'videoconference',
  'videoconferencing', 'vlog', 'vlogger', 'vloggers', 'vlogs', 'voicemails', 'wearable', 'wearables',
  'webinar', 'webinars', 'webpage', 'webpages', 'websites', 'wifi', 'wildfires', 'workflow', 'workflows',
  'youtuber', 'youtubers',
]

/**
 * The rank the word list gives `MODERN_WORDS` (a listed word keeps its own rank when that is lower): a common
 * word, as a SUBTLEX word of about 40 uses in 51 million, well inside the repairs' 40,000 (`COMMON_RANK`).
 */
export const MODERN_WORD_RANK = 20_000
