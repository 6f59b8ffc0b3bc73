/**
 * Outlet names for e-mail and web domains, and for wire agencies named in datelines. Data:
 * a domain not listed falls back to its capitalized second-level label.
 */

export const OUTLET_DOMAINS: Readonly<Record<string, string>> = {
  'caixin.com': 'Caixin',
  'caixinglobal.com': 'Caixin',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'dowjones.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times',
  'reuters.com': 'Reuters',
  'thomsonreuters.com': 'Reuters',
  'apnews.com': 'The Associated Press',
  'ap.org': 'The Associated Press',
  'afp.com': 'AFP',
  'bloomberg.com': 'Bloomberg',
  'bloomberg.net': 'Bloomberg',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'theguardian.com': 'The Guardian',
  'guardian.co.uk': 'The Guardian',
  'thehill.com': 'The Hill',
  'cnn.com': 'CNN',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'axios.com': 'Axios',
  'economist.com': 'The Economist',
  'latimes.com': 'Los Angeles Times',
  'usatoday.com': 'USA Today',
  'scmp.com': 'South China Morning Post',
  'aljazeera.com': 'Al Jazeera',
  'aljazeera.net': 'Al Jazeera',
  'xinhuanet.com': 'Xinhua',
  'news.cn': 'Xinhua',
  'globaltimes.cn': 'Global Times',
  'chinadaily.com.cn': 'China Daily',
  'nikkei.com': 'Nikkei Asia',
  'dw.com': 'Deutsche Welle',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'straitstimes.com': 'The Straits Times',
  'japantimes.co.jp': 'The Japan Times',
  'abc.net.au': 'ABC News (Australia)',
  'cbc.ca': 'CBC News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'foxnews.com': 'Fox News',
  'time.com': 'Time',
  'theatlantic.com': 'The Atlantic',
  'semafor.com': 'Semafor',
};

/** Wire agencies as they appear in datelines and bylines, lower-cased, to their usual names. */
export const AGENCIES: Readonly<Record<string, string>> = {
  ap: 'The Associated Press',
  'associated press': 'The Associated Press',
  'the associated press': 'The Associated Press',
  reuters: 'Reuters',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  xinhua: 'Xinhua',
  bloomberg: 'Bloomberg',
  upi: 'UPI',
  dpa: 'dpa',
  efe: 'EFE',
  ansa: 'ANSA',
  kyodo: 'Kyodo News',
  yonhap: 'Yonhap',
  tass: 'TASS',
  pti: 'PTI',
  cnn: 'CNN',
  caixin: 'Caixin',
};

/** Mail and hosting providers: an address there says nothing about the outlet. */
const GENERIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'qq.com',
  '163.com',
  'mail.com',
  'substack.com',
  'mailchimp.com',
  'list-manage.com',
  'example.com',
  'example.org',
]);

/** Second-level suffixes under which the registrable name is one label further left. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The registrable domain of a host name: "news.bbc.co.uk" -> "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const sld = labels[labels.length - 2] as string;
  const tld = labels[labels.length - 1] as string;
  const take = SECOND_LEVEL.has(sld) && tld.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** A readable outlet name for an e-mail or web domain, or null for generic mail providers. */
export function outletFromDomain(domain: string): string | null {
  const registrable = registrableDomain(domain);
  if (!registrable || GENERIC_DOMAINS.has(registrable)) return null;
  const known = OUTLET_DOMAINS[registrable];
  if (known) return known;
  const label = registrable.split('.')[0] ?? '';
  if (!/^[a-z0-9-]{2,}$/.test(label)) return null;
  // Short bare labels are usually initialisms ("abc.net" -> "ABC").
  if (/^[a-z]{2,3}$/.test(label)) return label.toUpperCase();
  return label.split('-').filter(Boolean).map(cap).join(' ');
}

/** The outlet an agency mention names ("AP" -> "The Associated Press"), or null. */
export function outletFromAgency(name: string): string | null {
  return AGENCIES[name.trim().toLowerCase()] ?? null;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
