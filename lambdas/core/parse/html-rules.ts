/** Which HTML elements hold the article, and which are page furniture. Data for the HTML reader. */

/** Elements whose whole subtree is never article text. */
export const SKIP_TAGS = new Set([
  'nav',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'form',
  'iframe',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'template',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'dialog',
  'menu',
  'input',
  'label',
  'picture',
  'map',
  'head',
]);

/** Landmark roles of page furniture. */
export const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'search',
  'menu',
  'toolbar',
  'alert',
]);

/** Class or id values of ads, promos, share bars, related links, cookie banners and the like. */
export const SKIP_CLASS =
  /^(ad|ads|advert\w*|ad[-_].*|.*[-_]ads?|.*advertis\w*|.*newsletter.*|.*subscri\w*|.*sign-?up.*|related.*|.*[-_]related.*|share.*|.*[-_]share.*|.*sharing.*|social.*|.*[-_]social.*|.*cookie.*|.*consent.*|.*gdpr.*|promo.*|.*[-_]promo.*|sidebar.*|.*[-_]sidebar|comments?|.*[-_]comments?|breadcrumbs?|.*paywall.*|.*popup.*|.*modal.*|outbrain.*|taboola.*|.*sponsor.*|trending.*|most-?(read|popular).*|nav|navbar.*|.*[-_]nav|nav[-_].*|menu.*|.*[-_]menu|site-?header.*|site-?footer.*|.*footer.*|masthead.*|sr-only|visually-hidden|screen-reader.*|hidden|.*caption.*|toolbar.*|widget.*|recirc.*|more-stories.*|tags?|topics?|.*[-_]tags)$/i;

/** Class or id values of bylines: captured for credits, kept out of the body. */
export const BYLINE_CLASS = /^(.*byline.*|.*author.*|.*contributor.*|.*dateline.*)$/i;

/** Class or id values of photo credits ("Jane Roe/Agency"): captured for credits. */
export const CREDIT_CLASS = /^.*credit.*$/i;

/** Elements out of the body whose bylines and credits are still read. */
export const QUIET_TAGS = new Set(['header', 'figure', 'figcaption']);

/** Containers that name themselves as the article body. */
export const BODY_CLASS =
  /^(article[-_]?body|articlebody|story[-_]?body|post[-_]?(content|body)|entry[-_]?content|article[-_]?(content|text)|article__body|story[-_]?(content|text)|body[-_]?text|main[-_]?content)$/i;

/** Block elements: text inside one is one paragraph. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'body',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'table',
  'dd',
  'dt',
  'dl',
  'address',
  'center',
  'hr',
]);
