/**
 * What is no sentence of the story's prose: page furniture, bylines, credits, captions, embedded
 * posts, and sentences that lean on the one before. Every row names its kind of text, with an
 * in-house example that must match and one that must not; one table test runs them all.
 */
import type { TextPattern } from './patterns';

/**
 * A descriptor opening a sentence with no name it refers to ("the 37-year-old", "the notorious party
 * girl"); one the name follows, set off by a comma, refers to it ("The 41-year-old skipper Vik, ...").
 */
export const DESCRIPTOR_OPENING: TextPattern = {
  kind: 'a sentence leaning on the one before: a descriptor with nothing to refer to',
  regex:
    /^(?:The|This|That)\s+(?:\d+-year-old|(?:\p{Lowercase}+-(?:seeded|ranked)|unseeded)\s+\p{Uppercase}\p{Lowercase}+|(?:\p{Lowercase}[\p{Lowercase}-]*\s+)?(?:Dutchman|Dutchwoman|Frenchman|Frenchwoman|Englishman|Englishwoman|Irishman|Scotsman|Welshman|Briton|Swede|Dane|Finn|Spaniard|Croat|Serb)|former|latter|same|pair|duo|couple|two|three|star|singer|actor|actress|veteran|newcomer|man|woman|boy|girl|teenager|teen|suspect|victim|move|decision|incident|announcement|latest|(?:\p{Lowercase}[\p{Lowercase}-]*\s+){1,2}(?:star|singer|actor|actress|veteran|newcomer|man|woman|boy|girl|teenager|teen)\b)\b(?!(?:\s+\p{Lowercase}[\p{Lowercase}-]*){0,2}(?:\s+\p{Uppercase}[\p{Alphabetic}'\u2019.-]*){1,3},)/u,
  matches: 'The notorious party girl sat down with the union after the vote.',
  misses: 'The ferry operator sat down with the union after the vote.',
};

/**
 * Such a descriptor of a person, as the subject of a report's lede ("The notorious party girl, who
 * ..., had checked into ..."): the report's one person it can only refer to may be named before it.
 * Group 1 is the descriptor without its article; group 2 a relative clause it opens.
 */
export const PERSON_DESCRIPTOR: TextPattern = {
  kind: 'a descriptor of one person opening a sentence as its subject',
  regex:
    /^The\s+(\d+-year-old|(?:\p{Lowercase}[\p{Lowercase}-]*\s+){0,2}(?:star|singer|actor|actress|veteran|newcomer|man|woman|boy|girl|teenager|teen))(?=[\s,])(,\s+who\b)?/u,
  matches: 'The notorious party girl, who skipped the gala, had checked into a clinic.',
  misses: 'The party girls who skipped the gala had checked into a clinic.',
};

/**
 * A descriptor of a person inside a sentence, an age or a role in a case ("police said the 37-year-old
 * man drew a pistol", "the suspect fled"): it refers to a name before it in the sentence ("Vik ...,
 * but the 37-year-old"), or one right after it ("the 37-year-old Vik"), or else to a sentence the
 * reader may not see (descriptorWithoutReferent). An age is a person's when a verb, a capital (a
 * nationality, a name, a possessive) or a noun of a person follows it; "the 12-year-old feud", "the
 * 90-year-old hall" are no one. Group 1 is the descriptor without its article.
 */
export const PERSON_DESCRIPTOR_INSIDE: TextPattern = {
  kind: 'a sentence leaning on one before it: a descriptor of a person that no name before it refers to',
  regex:
    /\b[Tt]he\s+(\d+-year-old(?=\s*[^\s\p{Lowercase}]|\s+(?:to|will|would|was|is|has|had|could|said|says|who|and)\b|\s+\p{Lowercase}+ed\b|(?:\s+\p{Lowercase}[\p{Lowercase}-]*){0,2}?\s+(?:man|men|woman|women|boy|girl|son|daughter|mother|father|wife|husband|grandson|granddaughter|nun|priest|monk|cleric|native|veteran|champion|star|actor|actress|southpaw|rookie|captain|pilot|suspect|victim|\p{Lowercase}{3,}(?:er|or|ist|ess|ian))\b)|suspect(?:s|ed\s+\p{Lowercase}+)?|alleged\s+(?:gunman|killer|attacker|robber|thief|bomber|murderer|smuggler))(?![\p{Alphabetic}-])/gu,
  matches: 'Harbour police said the 37-year-old man drew a pistol at the ferry gate.',
  misses: 'Harbour police said a 37-year-old man drew a pistol at the ferry gate.',
};

/**
 * A person named by the role in which a report brought them in, bare ("the spokesman said ...", "police
 * shot the teen."): a wire's second paragraph leans on "a spokesman for <firm>" in a sentence the item
 * may not print. "Official" and "source" are such roles only before a speech verb or a stop: "the
 * official news agency", "the source of the leak" say which they mean. Group 1 is the role.
 */
export const ROLE_WITHOUT_NAME: TextPattern = {
  kind: 'a sentence leaning on one before it: a person named by a bare role that no name refers to',
  regex:
    /\b[Tt]he\s+(spokes(?:man|woman|person)|teen(?:ager)?|(?:official|source)(?=\s+(?:said|says|told|added|declined|refused|would|was|is)\b|\s*[.,;:]))(?![\p{Alphabetic}-])/gu,
  matches: 'The spokesman said the ferry line would add a night crossing in May.',
  misses: 'The official harbour gazette said the ferry line would add a night crossing.',
};

/**
 * An event named by its kind alone as the subject of a sentence that tells only what followed ("The
 * blaze began in a kitchen", "The raid came after a warning"): its report told the event in its
 * headline or the sentence before, so it cannot lead an item. After a lead that told the event it
 * reads well.
 */
export const EVENT_BY_KIND: TextPattern = {
  kind: 'a lead leaning on its headline: an event named by its kind alone as its subject',
  regex:
    /^The\s+(?:fire|blaze|race|arrests?|thefts?|robbery|attack|crash|explosion|blast|shooting|stabbing|accident|quake|earthquake|storm|riot|raid|collision|killing|murder|derailment|sinking|fight|bout|match|game)\s+(?:(?:was|were|is|has|had|began|broke|came|comes|continues|follows|spread|took|went)\b|\p{Lowercase}+ed\b)/u,
  matches: 'The blaze started when a fryer tipped over in the harbour café kitchen.',
  misses: 'The blaze at the Kessel harbour café started when a fryer tipped over.',
};

/** A vessel named with its prefix ("INS Mysore", "MV Gibe"): the extractor may take it for a person. */
export const SHIP_NAME: TextPattern = {
  kind: 'a ship named with its prefix, taken for a person',
  regex: /^(?:INS|MV|M\/V|MT|HMS|HMAS|HMCS|USS|USNS|RMS|SS|MS|RV|FV|CGS|NS)\s+\p{Uppercase}/u,
  matches: 'MV Sea Lark',
  misses: 'Mervyn Sealark',
};

/**
 * A press review: a wire relays what other papers print and says it has not checked it ("... has not
 * verified these reports and does not vouch for their accuracy"). Its lines are those papers' claims, in
 * their headline-ese, never the wire's statements: crediting them to the wire is an attribution it
 * disclaims. Matched anywhere in a report's text; a single claim someone has not verified does not.
 */
export const PRESS_REVIEW: TextPattern = {
  kind: 'a press review: the outlet says it has not verified what it relays',
  regex:
    /\bnot\s+verified\s+(?:these|the\s+following)\s+(?:stories|reports|items)\b|\bnot\s+vouch\s+for\s+(?:their|its)\s+accuracy\b/iu,
  matches:
    'Here is what the morning papers in Port Ellis lead with. The Harbour Desk has not verified these reports.',
  misses: 'Police have not verified the reports of a second gunman on the quay, a spokeswoman said.',
};

/**
 * A fact sheet: an offering's or a company's fields run together as the wire sets a table ("Business:
 * ...", "Underwriters: ...", "375,000 shrs"); its lines are no sentences of news, even the ones that
 * read as prose once a field's label is cut off.
 */
export const FACT_SHEET: TextPattern = {
  kind: 'a fact sheet: its fields run together ("Business: ...", "375,000 shrs")',
  regex: /\b(?:Business|Proceeds|Use of proceeds|Underwriters?|Lead manager):\s|\d\s+(?:mln\s+)?shrs\b/u,
  matches: 'Lead manager: Velmora Capital 2,000 shrs Business: ferry leasing.',
  misses: 'The Velmora ferry line said its business had grown by 2,000 bookings.',
};

/**
 * A report that lists separate items of news under one headline ("Harbour stocks - factors to watch",
 * "Highlights of Tuesday's council briefing"): each line tells its own event, so a line after its
 * lead is no earlier event of the lead's story. Matched on the report's headline.
 */
export const ITEM_LIST: TextPattern = {
  kind: 'a report listing separate items of news: its headline says so ("factors to watch")',
  regex:
    /\b(?:factors|stocks|shares|issues|events|things)\s+to\s+watch\b|^Highlights\s+of\b|\bnews\s+(?:in\s+brief|briefs|summary)\b|\bat\s+a\s+glance\b/iu,
  matches: 'VELMORA STOCKS - factors to watch - May 4',
  misses: 'Velmora traders watch ferry stocks after the harbour strike',
};

/**
 * A sports desk's results listing, named so in its headline ("RACING - COAST CUP RESULTS", "... RESULTS /
 * STANDINGS", "... SCOREBOARD"): its lines are results and captions in headline-ese ("Brannock keeps
 * silver on a countback"), never a sentence of news; the match itself has its own report. Matched
 * on the headline, which the wire writes in capitals.
 */
export const RESULTS_LISTING: TextPattern = {
  kind: 'a results listing: its headline names it results, standings or a scoreboard',
  regex:
    /^[\p{Uppercase}\d\s'.&-]+\s-\s[\p{Uppercase}\d\s'.&/-]*\b(?:RESULTS|STANDINGS|SCOREBOARD|SUMMARIES)(?:\s*\/\s*[\p{Uppercase}]+)?$/u,
  matches: 'CYCLING - COAST CUP TRACK RESULTS',
  misses: 'CYCLING - BRANNOCK RETAINS COAST CUP SPRINT TITLE',
};

/**
 * A chronology's entry: a year and a dash before what happened then ("1815 - ..."), as a this-day-in-
 * history list sets its lines; the text around such entries describes them, not the news.
 */
export const CHRONOLOGY_ENTRY: TextPattern = {
  kind: 'a table or a list\u2019s entry: a year and a dash before what happened then ("1815 - ...")',
  regex: /^\d{3,4}\s+[-\u2013\u2014]{1,2}\s+\p{Uppercase}/u,
  matches: '1871 - The first ferry of the island line sailed from Port Ellis.',
  misses: '1871 was the year the first ferry of the island line sailed from Port Ellis.',
};

/**
 * A definite noun phrase naming nothing of its own (group 1: up to four words after "the"): "The
 * crews were", "with the offer". It leans on the sentence before when that sentence introduced its
 * words (leansOnSentenceBefore); one that says what it means ("the mayor of Kessel", "the skipper Ada
 * Vik", "the owners, Ada Vik and Tom Berg,") does not.
 */
export const DEFINITE_PHRASE: TextPattern = {
  kind: 'a definite noun phrase naming nothing of its own',
  regex:
    /\b[Tt]he\s+((?:\p{Lowercase}[\p{Lowercase}-]*\s+){0,3}\p{Lowercase}[\p{Lowercase}-]*)\b(?!\s+of\s+\p{Uppercase})(?!,?\s+\p{Uppercase})/gu,
  matches: 'The crews were about to sail when the storm hit.',
  misses: 'The mayor of Kessel wrote to Harbour Master Ada Vik.',
};

/**
 * A short form opening a sentence, "The" and the last word of a name (group 1): "The Kestrel sailed"
 * after "the patrol ship HMS Kestrel". It leans on the sentence that named it in full
 * (leansOnSentenceBefore); "The Hague" named alone is no short form.
 */
export const SHORT_NAME_OPENING: TextPattern = {
  kind: 'a short form of a name opening a sentence',
  regex: /^The\s+(\p{Uppercase}\p{Lowercase}{2,})\b(?!\s+\p{Uppercase})/u,
  matches: 'The Kestrel and its tender reached the reef at dawn.',
  misses: 'The Kestrel Harbour Board met at dawn.',
};

/** A number whose decimal point the splitter took for a full stop, inside a quotation that runs on. */
export const DECIMAL_AS_STOP: TextPattern = {
  kind: 'a fragment of a split sentence: a number whose decimal point became a full stop ("a career. 310 hitter")',
  regex: /\b(?:a|an|the|his|her|their|its)\s+(?:\p{Lowercase}+\s+)?\p{Lowercase}+\.\s\d{2,}\s+\p{Lowercase}/u,
  matches: 'He is a career. 310 hitter at the harbour ground.',
  misses: 'He is a career .310 hitter at the harbour ground.',
};

export const NOT_PROSE: TextPattern[] = [
  {
    kind: 'a wire dateline left in front',
    regex:
      /^[\p{Uppercase}][\p{Uppercase}\p{M} .,'\u2019-]{2,}(?:,\s[^()]{0,60})?\s*\((?:AP|Reuters|AFP|UPI|\p{Uppercase}[\p{Alphabetic} ]+)\)\s*(?:--|[\u2014\u2013-])/u,
    matches: 'PORT ELLIS, May 4, 2025 (Coastline News) -- Ferry crews walked out at dawn.',
    misses: 'Ferry crews in Port Ellis walked out at dawn (local time) on Friday.',
  },
  {
    kind: 'a byline',
    regex:
      /^By\s+\p{Uppercase}[\p{Alphabetic}.'\u2019-]+(?:\s+\p{Uppercase}[\p{Alphabetic}.'\u2019-]+){0,3}(?:,|\s+and\s|\s*$|\s+\p{Lowercase}*\s*(?:Staff|Correspondent|Reporter|Writer))/u,
    matches: 'By Lena Moss, Staff Writer',
    misses: 'By Friday the ferry crews had walked out.',
  },
  {
    kind: 'a photo caption or credit',
    regex:
      /\b(?:file photo|photo(?:graph)?(?:\s+by|:)|image(?:\s+copyright|:)|Getty Images|credit:|pictured(?:\s+above|\s+here|:))|\((?:AP|Reuters|AFP) Photo/iu,
    matches: 'Ferry crews on the picket line. (AP Photo/Lena Moss)',
    misses: 'Ferry crews on the picket line photographed the empty terminal.',
  },
  {
    kind: 'a photo caption: a present-tense scene with its day and place',
    regex:
      /^(?!.*\b(?:was|were|had|has|have|is|are|will|would|said|says|\p{Alphabetic}+ed)\b)[^,]{8,90}\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?\s(?:in|at|near|outside)\s\p{Uppercase}[\p{Alphabetic}'\u2019.-]*(?:\s\p{Uppercase}[\p{Alphabetic}'\u2019.-]*)*\.$/u,
    matches: 'Smoke rises from the old ferry hall Tuesday morning in Port Ellis.',
    misses: 'The old ferry hall burned down Tuesday morning in Port Ellis.',
  },
  {
    kind: 'page furniture',
    regex:
      /^(?:click here|read more|related:|share (?:this|on)|follow us|sign up|subscribe|advertisement|copyright|all rights reserved|comments?\b|email this|print this|posted (?:on|by|in)|updated:|view (?:gallery|comments))/iu,
    matches: 'Click here to read the full statement from the union.',
    misses: 'The union read the full statement outside the terminal.',
  },
  {
    kind: 'an embedded social-media post',
    regex: /pic\.twitter\.com|https?:\/\/\S+|\(@\w+\)|^\u2014\s*\p{Uppercase}|#\w+\s*$/u,
    matches: 'Empty terminal tonight — Lena Moss (@lenamoss) May 4, 2025',
    misses: 'The union posted a photo of the empty terminal on its website.',
  },
  {
    kind: 'page furniture: a web address or a pointer to the page around the text',
    regex: /\bwww\.\s?\w|\((?:see|pictured|below|above)\b[^)]*\)|\b(?:see|click) (?:below|above)\b/iu,
    matches: 'Timetables are posted at www. portellis. example (see address below).',
    misses: 'Timetables are posted at the terminal and on the ferry operator’s own board.',
  },
  {
    kind: 'a sentence leaning on the one before: pronoun or connective opening',
    regex:
      /^(?:He|She|It|They|We|I|You|His|Her|Its|Their|Him|Them|But|And|Or|So|Yet|This|That|These|Those|However|Also|Meanwhile|Still|Instead|There|Then|Here|Such|Both|Neither|Nor|Besides|Moreover|Furthermore|Unfortunately|Fortunately|Indeed|Nonetheless|Nevertheless|Likewise|Similarly|Otherwise|Ironically|Anyway|Even\s+(?:so|still|then))\b/u,
    matches: 'He added that the crews would return on Monday.',
    misses: 'Union leader Tom Berg added that the crews would return on Monday.',
  },
  {
    kind: 'a sentence leaning on the one before: a pronoun subject after an opening phrase naming no one ("In 2019, she ...")',
    regex: /^\p{Uppercase}\p{Lowercase}*(?:\s+[\p{Lowercase}\d][^\s,]*){0,8},\s+(?:he|she|they)\s/u,
    matches: 'In 2019, she sailed the harbour race alone and won it.',
    misses: 'Although Vik lost in 2019, she sailed the harbour race again.',
  },
  {
    kind: 'a sentence leaning on the one before: a pronoun subject after a participle phrase ("Trailing by two lengths, they ...")',
    regex: /^\p{Uppercase}\p{Lowercase}+ing\s[^,]{1,100},\s+(?:he|she|they|it)\s/u,
    matches: 'Trailing the island crew by two lengths at the buoy, they were beaten to the quay.',
    misses: 'Trailing the island crew by two lengths at the buoy, Velmora were beaten to the quay.',
  },
  {
    kind: 'a sentence leaning on the one before: credited to "another" of those quoted before ("another dealer said")',
    regex:
      /\banother\s+(?:\p{Lowercase}[\p{Lowercase}-]*\s+){0,2}\p{Lowercase}+\s+(?:said|says|added|told)\b/u,
    matches: 'Fares will rise in the spring, another harbour official said.',
    misses: 'Fares will rise in the spring, a harbour official said.',
  },
  {
    kind: 'a sentence leaning on the one before: an opening that points back ("In that announcement", "On this basis", "In another setback")',
    regex:
      /^(?:(?:In|At|By|After|Before|During|With|For|Since|Despite|On|Under|From|Against)\s+(?:that|this|those|these|the same|the latter|the former)|In\s+(?:another|yet another|a further))\s/u,
    matches: 'In that announcement, the union leader said the crews would return on Monday.',
    misses: 'In a statement, the union leader said the crews would return on Monday.',
  },
  DESCRIPTOR_OPENING,
  {
    kind: 'a sentence leaning on the one before: credited to a pronoun ("..., he added.", "it said")',
    regex:
      /,\s+(?:he|she|they|it)\s+(?:said|says|added|adds|told\s+\p{Lowercase}+|explained|noted|stated|insisted|warned)\b[^,;:\u201C"]*[.!][\u201D"]?$/u,
    matches: 'The crews will return to the quay on Monday, she added.',
    misses: 'The crews will return to the quay on Monday, union leader Tom Berg added.',
  },
  {
    kind: 'a sentence leaning on its dateline: “here” outside any quotation (the dateline’s town)',
    regex: /^[^\u201C"]*\shere\b(?!\s+(?:and|nor)\s+there\b)/u,
    matches: 'The record of 12.4 seconds was set here by a harbour pilot in 1995.',
    misses: 'The record of 12.4 seconds was set in Port Ellis by a harbour pilot in 1995.',
  },
  {
    kind: 'a sentence leaning on its dateline: “this <town>” outside any quotation (the dateline’s town)',
    regex:
      /^[^\u201C"]*\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Ff]rom|[Oo]f)\s+this\s+(?:(?!(?:the|a|an|and|or|of|to|in|on|at|year|week|month|season)\b)\S+\s+){0,4}?(?:city|town|village|capital|port|farm|island|resort|suburb|district|hamlet)\b/u,
    matches: 'Two ferries collided in this northern port on Friday, harbour police said.',
    misses: 'Two ferries collided in the northern port of Kessel on Friday, harbour police said.',
  },
  {
    kind: 'a sentence leaning on the one before: a bare quantity as its subject ("Most, including ...", "Many of them")',
    regex:
      /^(?:Most|Many|Some|All|Both|Several|Few|None|Each|Others|Two|Three)(?:,|\s+of\s+(?:them|those|these|whom|which)\b)/u,
    matches: 'Most, including the two harbour pilots, stayed on the quay overnight.',
    misses: 'Most crews, including the two harbour pilots, stayed on the quay overnight.',
  },
  {
    kind: 'a sentence leaning on the one before: a body named by its kind alone as the subject ("The company said", "The television, which", "On Monday, the company said")',
    regex:
      /^(?:On\s+[^,]{3,30},\s+)?[Tt]he\s+(?:company|firm|group|bank|television|newspaper|paper|daily|agency|broadcaster|channel|station|magazine|club|team|statement|survey|study|decree)(?:,|\s+(?:said|says|added|reported|announced|did|does|has|had|is|was|which|also|declined|denied|expects?|plans?|will|would)\b)/u,
    matches: 'The company, which runs the island ferries, cut its summer timetable.',
    misses: 'The company that runs the island ferries cut its summer timetable.',
  },
  {
    kind: 'a fragment of a split sentence: a credit with nothing said ("The port authority said on Friday.")',
    regex:
      /^[^,;:\u201C"]{1,80}?\s(?:said|says|reported|announced|confirmed)(?:\s+(?:on|in|at|late|early)\s+[^,;:.\u201C"]{1,30})?\.$/u,
    matches: 'The Harbour Board of Port Ellis said on Friday.',
    misses: 'The Harbour Board of Port Ellis said the quay would reopen on Friday.',
  },
  {
    kind: 'a table or a list announced, not told ("The following table shows", "Following are")',
    regex:
      /^(?:The\s+following\s+(?:(?:\p{Lowercase}[\p{Lowercase}-]*\s+){0,2}(?:table|tables|list|chart|data|figures|results|bonds?|issues?|notes?)\b)|Following\s+(?:are|is)\b|(?:Summary|Results?|Details|Highlights)\s+of\b)/u,
    matches: 'The following table shows the ferry sailings of the week.',
    misses: 'The following day, the ferry sailed again from the north quay.',
  },
  {
    kind: 'a table announced inside the sentence ("stood at the following levels", "the following indices were compiled")',
    regex:
      /\bthe\s+following\s+(?:\p{Lowercase}[\p{Lowercase}-]*\s+){0,3}?(?:levels|indices|indexes|prices|rates|figures|results|table|list|data)\b/u,
    matches: 'Fuel stocks at the harbour depots stood at the following levels, traders said.',
    misses: 'Fuel stocks at the harbour depots fell the following week, traders said.',
  },
  {
    kind: 'a table announced inside the sentence, its rows named with a place or a maker ("the following Velmora ferry fare indices")',
    regex:
      /\b[Tt]he\s+following\s+(?!(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|season|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Uppercase}[\p{Alphabetic}-]*\s+(?:[\p{Alphabetic}-]+\s+){0,3}?(?:levels|indices|indexes|prices|rates|figures|results|table|list|data)\b/u,
    matches: 'The harbour board said the following Velmora ferry fare indices were compiled by its clerks.',
    misses: 'The harbour board said the following Monday ferry fare rates would rise.',
  },
  {
    kind: 'a table\u2019s key: what its figures refer to ("Sales figures refer to ...")',
    regex: /^(?:[\p{Alphabetic}-]+\s+){0,3}(?:figures|data|numbers|amounts)\s+(?:refer|relate)\s+to\b/u,
    matches: 'Ferry sales figures refer to the twelve months to March.',
    misses: 'The minister said the ferry sales figures referred to last year.',
  },
  {
    kind: 'a table\u2019s key: what its data rest on ("The trade data is based on ...")',
    regex: /^(?:[\p{Alphabetic}-]+\s+){0,4}(?:data|figures|statistics)\s+(?:is|are)\s+based\s+on\b/u,
    matches: 'The harbour board ferry data is based on ticket sales, the census data on surveys.',
    misses: 'The harbour board said its ferry fares were based on fuel costs.',
  },
  {
    kind: 'a table\u2019s caption: what it lists and what that rests on, with no verb ("Harbour dues at the port based on the board\u2019s latest tariff.")',
    regex:
      /^(?!.*\b(?:is|are|was|were|be|been|has|have|had|said|says|will|would|can|could|may|might|did|does|do)\b)(?:[\p{Alphabetic}.'\u2019&-]+\s+){1,8}based\s+on\s+[^,;]*$/u,
    matches: 'Velmora harbour dues at the north quay based on the harbour board\u2019s latest tariff.',
    misses: 'Velmora harbour dues at the north quay are based on the harbour board\u2019s latest tariff.',
  },
  {
    kind: 'a press digest\u2019s note on what a paper carried, telling no news ("The <paper> carried only local stories")',
    regex:
      /\bcarried\s+(?:only|no)\s+(?:[\p{Lowercase}-]+\s+){0,3}(?:stories|news|reports|items|articles)\b/u,
    matches: 'The Portville Post carried only local sports stories on May 4.',
    misses: 'The Portville ferry carried only local passengers on May 4.',
  },
  {
    kind: 'a table\u2019s key: what its columns compare with ("Sales, profit compare with the first half")',
    regex: /^(?:[\p{Alphabetic}-]+(?:,\s+|\s+and\s+))*[\p{Alphabetic}-]+\s+compares?\s+with\b/u,
    matches: 'Fares, tonnage compare with the first half of last year, crews with March 31.',
    misses: 'The ferry line said its fares compared well with those of its rivals.',
  },
  {
    kind: 'a table\u2019s key: what its figures leave out or take in ("The figures exclude ...")',
    regex:
      /^The\s+(?:above\s+|following\s+)?(?:figures|data|numbers|statistics)\s+(?:exclude|excludes|include|includes|do\s+not\s+include|cover|covers)\b/u,
    matches: 'The figures exclude ferry freight carried by road, according to the harbour board.',
    misses: 'The harbour board said the figures excluded road freight for the first time.',
  },
  CHRONOLOGY_ENTRY,
  {
    kind: 'a table\u2019s heading: its unit in brackets ("(dollars per tonne cif)")',
    regex:
      /\((?:[\p{Alphabetic}.$]+\s+){0,2}(?:dollars|cents|yen|marks|francs|pounds|rupees|ringgit|baht|pesos)\s+(?:per|a)\s+(?:tonne|ton|barrel|ounce|lb|pound|share|bushel|cwt)\b[^)]*\)/iu,
    matches: 'Fuel oil prices as posted by the Velmora harbour board (dollars per tonne delivered).',
    misses: 'Fuel oil rose to 120 dollars per tonne at the Velmora harbour board auction.',
  },
  {
    kind: 'a table\u2019s footnote naming the company in full ("Full name of company is ...")',
    regex:
      /^Full\s+name\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:company|issuer|borrower|group|firm|bank|operator)\s+(?:is|was)\b/iu,
    matches: 'Full name of company is Velmora Ferry Lines Plc.',
    misses: 'The full name of the ferry company was read out at the hearing, the clerk said.',
  },
  {
    kind: 'a results table\u2019s heading: the period its figures cover ("Audited results for the nine months ended March 31.")',
    regex:
      /^(?:Reviewed|Audited|Unaudited|Consolidated|Provisional)\s+(?:\p{Lowercase}+\s+){0,3}(?:results|figures|accounts|earnings)\s+for\s+[^,]*?\b(?:ended|ending|to)\s+(?:\p{Uppercase}\p{Lowercase}+\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\.?$/u,
    matches: 'Audited group results for the nine months ended March 31, 2001.',
    misses: 'Audited results for the nine months to March showed a loss, the ferry line said.',
  },
  {
    kind: 'a results table\u2019s line: a name with its country in brackets, then a result and no verb',
    regex:
      /^\p{Uppercase}[\p{Alphabetic}'.-]*(?:\s+\p{Uppercase}[\p{Alphabetic}'.-]*){0,3}\s+\([^()]{1,24}\),\s+(?!(?:who|which|whose|the)\b)[^,]*\d[^,]*\.?$/u,
    matches: 'Tilda Brannock (Finland), last lap in 31.204 seconds.',
    misses: 'Tilda Brannock (Finland), who set the record last year, won in 31.204 seconds.',
  },
  {
    kind: 'a fragment: it opens with a punctuation mark (a list item going on, a split sentence)',
    regex: /^(?:[,;:]|--|[\u2014\u2013])/u,
    matches: '-- And the Velmora ferry line to 4 percent from 6 percent.',
    misses: 'Velmora ferry fares rose 4 percent -- the first rise in six years.',
  },
  {
    kind: 'a table\u2019s key ("are given in millions of crowns")',
    regex:
      /\b(?:are|is|were)\s+(?:given|shown|expressed|stated)\s+in\s+(?:millions|billions|thousands|percent)\b/u,
    matches: 'Turnover and pre-tax profit are given in millions of crowns.',
    misses: 'Turnover and pre-tax profit rose by millions of crowns in the quarter.',
  },
  {
    kind: 'a results table\u2019s heading ("Leading results and standings after ...")',
    regex: /^(?:Leading|Final|Official|Provisional|Selected)\s+(?:results|placings|standings|scores)\b/u,
    matches: 'Leading results and overall standings after the third stage of the coast race.',
    misses: 'Leading riders finished the third stage of the coast race in the rain.',
  },
  {
    kind: 'a table\u2019s footnote marked with an asterisk ("*Name of ... has been changed")',
    regex: /^\*+\s*\p{L}/u,
    matches: '*Name of Velmora Rovers has been changed to Velmora United.',
    misses: 'Velmora Rovers has been renamed Velmora United, the league said.',
  },
  {
    kind: 'a desk note ("NOTE: ...")',
    regex: /^NOTE\s*[:-]\s/iu,
    matches: 'NOTE: Velmora Lines is a ferry operator of the west coast.',
    misses: 'Notes from the union were read out at the quay on Friday.',
  },
  {
    kind: 'a sentence leaning on the one before: a pointer back to what the text already named ("the aforementioned")',
    regex: /\b(?:aforementioned|above-mentioned|aforesaid)\b/iu,
    matches: 'The crews cheered, unlike after the aforementioned walkout at the quay.',
    misses: 'The crews cheered, unlike after the walkout at the quay in 2019.',
  },
  {
    kind: 'a sentence leaning on the one before: a time connective that counts from it ("Later, ...")',
    regex:
      /^(?:Later|Earlier|Afterwards?|Subsequently|Thereafter|Eventually|Soon\s+after(?:wards?)?)(?:,|\s+(?:that|the\s+same)\s)/u,
    matches: 'Later, the coastguard towed a second ferry back to port.',
    misses: 'Earlier in May, the coastguard towed a second ferry back to port.',
  },
  {
    kind: 'a sentence leaning on the one before: a negative closed by "either" ("no one was hurt there either")',
    regex: /\beither[.!?][\u201D"]?$/u,
    matches: 'No ferry sailed from the north quay either.',
    misses: 'No ferry sailed from either quay on Monday.',
  },
  {
    kind: 'a writer\u2019s own aside: a tribute that tells no fact ("will be remembered for")',
    regex: /^[^\u201C\u201D"]*\bwill\s+(?:always\s+)?be\s+(?:remembered|missed|mourned)\b/u,
    matches: 'The old skipper, who died on Monday, will be remembered for his calm at sea.',
    misses: 'The old skipper, who died on Monday, was remembered at a service in Port Ellis.',
  },
  {
    kind: 'a writer\u2019s own aside: a verdict on the facts ("Of course", "it was no coincidence that")',
    regex:
      /^(?:Of\s+course|Needless\s+to\s+say|Not\s+surprisingly|Unsurprisingly|Predictably|Obviously,|Clearly,|Naturally,)|^The\s+(?:curious|interesting|odd|strange|funny|troubling|ironic|remarkable)\s+(?:thing|part)\b|^[^\u201C\u201D"]*\b(?:it|this)\s+(?:was|is|wasn['\u2019]t|isn['\u2019]t)\s+(?:(?:not|no|just|probably|hardly|merely|surely|only)\s+)*(?:a\s+|an\s+)?(?:coincidence|chance|accident)\b/iu,
    matches: 'Of course it was no coincidence that the ferry office burned the night before the audit.',
    misses: 'The ferry office burned the night before the audit, the police said.',
  },
  {
    kind: 'a sentence cut short: a stray mark after its full stop (a character the page could not show)',
    regex: /\.\?[\u201D"]?$/u,
    matches: 'The crews went home early.?',
    misses: 'Did the crews go home early?',
  },
  {
    kind: 'a sentence cut short: an abbreviation that goes before its number or day ends it ("Berth No.", "on Sept.")',
    regex: /\b(?:No|Nos|Sept|Art|Vol|Fig|Ch)\.$/u,
    matches: 'The ferry will berth at the north quay, Berth No.',
    misses: 'The ferry will berth at the north quay, Berth No. 4.',
  },
  {
    kind: 'a sentence cut short: it ends in an ellipsis',
    regex: /(?:\.\s?\.\s?\.|\u2026)[\u201D"\u2019]?$/u,
    matches: 'Crews walked out at dawn, and taking over the ferries will be...',
    misses: 'Crews walked out at dawn, and the ferries stayed in port.',
  },
  {
    kind: 'a fragment of a split sentence: cut inside a decimal number, its first half',
    // "died at the age of 90." ends whole: an age is no decimal cut short.
    regex: /(?:\b(?:a|an|by|at|to|from|about)\s|(?<!\bage\s)\bof\s|\p{Alphabetic}-)\d{1,3}\.$/u,
    matches: 'The harbour town was shaken by a 5.',
    misses: 'The harbour town counted 5.',
  },
  DECIMAL_AS_STOP,
  {
    kind: 'a fragment of a split sentence: cut inside a decimal number, its second half',
    regex: /^\d{1,3}-\p{Lowercase}/u,
    matches: '4-magnitude tremor shook the harbour town before dawn.',
    misses: '2019 was the year the tremor shook the harbour town.',
  },
  {
    kind: 'a fragment of a split sentence: a bracket closed before any opens',
    regex: /^[^(]*\)/u,
    matches: '5 million pound) relief fund unveiled on Sunday.',
    misses: 'The relief fund (5 million pounds) was unveiled on Sunday.',
  },
  {
    kind: 'a fragment of a split sentence: a bracket opened and never closed',
    regex: /\([^)]*$/u,
    matches: 'The ferry carried more passengers than any year before (14.',
    misses: 'The ferry carried more passengers (14 per cent more) than any year before.',
  },
  {
    kind: 'a quotation cut off: a single quote mark opens it and never closes',
    regex: /^['\u2018](?![^'\u2019]*[\p{Alphabetic}.,!?]['\u2019](?=[\s.,;:!?]|$))/u,
    matches: "'Both unions will take part in the vote on the ferry contract.",
    misses: "'Both unions will vote,' the mediator said on Friday.",
  },
  {
    kind: 'a writer’s own aside: a guess opened with "Perhaps" or "Maybe"',
    regex: /^(?:Perhaps|Maybe)\s+(?!\d)/u,
    matches: 'Perhaps the harbour master forgot to post the second half of the notice.',
    misses: 'The harbour master said perhaps half of the crossings would be cancelled.',
  },
  {
    kind: 'a writer’s own aside: the reader addressed outside any quotation',
    // Past whole quotations only: words inside one are the speaker's, and an open one may hold the rest.
    regex: /^(?:[^\u201C\u201D"]|\u201C[^\u201D]*\u201D|"[^"]*")*?\b(?:you|your|yours)\b/iu,
    matches: 'The sign reads "Keep off the quay" -- good advice until you see the queue for the ferry.',
    misses: '"By the end of the week your ferry line will be broke," the harbour master told the crews.',
  },
  {
    kind: 'a writer\u2019s own aside: a pointer to a page the writer links ("this story", "this report")',
    regex:
      /^[^\u201C\u201D"]*\b(?:this|these)\s+(?:(?:\p{Uppercase}[\p{Alphabetic}.]*|\p{Lowercase}+)\s+){0,3}(?:story|stories|report|article|piece|post|link)\b/u,
    matches: 'According to this Harbor Times story, the ferry crews voted to strike.',
    misses: 'According to the Harbor Times, the ferry crews voted to strike in this dispute.',
  },
  {
    kind: 'a teaser: two short phrases with no verb, joined by a semicolon',
    regex:
      /^(?=[^;]{3,40};[^;]{3,40}[.!]$)(?![^;]*\b(?:is|are|was|were|has|have|had|will|would|said|says|\p{Alphabetic}+ed)\b)/u,
    matches: 'Another week at the harbour; another strike at the quay.',
    misses: 'The crews walked out; the quay closed at noon.',
  },
  {
    kind: 'a sentence leaning on the one before: “also” in its opening words',
    regex: /^(?:[\p{Alphabetic}'\u2019.-]+\s+){1,3}also\s/u,
    matches: 'Officials have also told the union about the new rosters.',
    misses: 'Officials have told the union about the new rosters.',
  },
  {
    kind: 'a sentence leaning on the one before: “of that <noun>” in its opening words',
    regex: /^(?:[\p{Alphabetic}'\u2019-]+\s+){1,4}of\s+(?:that|this|those|these)\s+\p{Lowercase}/u,
    matches: 'The odd part of that strike was that no ferry was late.',
    misses: 'The odd part of the strike was that no ferry was late.',
  },
  {
    kind: 'a writer\u2019s own aside: a conditional speculation that states nothing ("If ..., ... would ...")',
    regex: /^If\s[^\u201C\u201D"]*\bwould\b/u,
    matches: 'If the ferry logs held a secret, a fire in the office would have hidden it.',
    misses: 'The ferry logs were lost when a fire broke out in the office.',
  },
  {
    kind: 'a writer\u2019s own aside: a speculation hedged with an empty subject ("it was probably ...")',
    regex: /^[^\u201C\u201D"]*\bit\s+(?:was|is)\s+(?:probably|perhaps|maybe|surely)\b/iu,
    matches: 'When the second ferry office burned, it was probably just bad luck.',
    misses: 'The second ferry office burned, and the police said arson was likely.',
  },
  {
    kind: 'a writer\u2019s own aside: a verdict by contrast with its predicate left out ("X was anything but in 2007")',
    regex:
      /^[^\u201C\u201D"]*\banything\s+but\b(?=[,.;:!?]|\s+(?:in|on|at|when|while|until|before|after|then|back|during|since)\b)/u,
    matches: 'Now a local hero, the skipper was anything but in 2019 when the crews struck.',
    misses: 'The skipper was anything but calm in 2019 when the crews struck.',
  },
  {
    kind: 'a writer\u2019s own aside: a suggestion nobody is credited with ("The suggestion was that ...")',
    regex:
      /^(?:The|One|Another)\s+(?:suggestion|suggesting|implication|speculation|theory|assumption|insinuation|inference)\s+(?:was|is|being)\s+that\b/u,
    matches: 'The suggestion was that the skipper had probably left the stove on.',
    misses: 'The harbour board rejected the suggestion that the skipper had left the stove on.',
  },
  {
    kind: 'a writer\u2019s own aside: an impression ("doesn\u2019t sound like", "it was obvious even to")',
    regex:
      /^(?:[^\u201C\u201D"]|\u201C[^\u201D]*\u201D)*(?:\b(?:does|do|did)(?:n\s?['\u2019]\s?t|\s+not)\s+(?:sound|look|seem)\s+like\b|\b(?:it|this)\s+(?:was|is)\s+obvious\b)/u,
    // A tokenized page may leave spaces around the apostrophe ("doesn ’ t").
    matches: 'A fire that \u201Cmelted the windows\u201D doesn \u2019 t sound like one started by a candle.',
    misses: '\u201CIt doesn\u2019t sound like a candle,\u201D the fire marshal said.',
  },
  {
    kind: 'a writer\u2019s own aside: a judgement offered as arguable ("it can be argued that")',
    regex:
      /^[^\u201C\u201D"]*\b(?:it\s+(?:can|could|may|might)\s+be\s+argued|one\s+(?:can|could|might)\s+argue)\b/u,
    matches: 'The skipper lost only once, but it can be argued that she was lucky in the final race.',
    misses: 'The skipper lost only once, and the judges argued over the final race.',
  },
  {
    kind: 'a writer\u2019s own aside: an exclamation, its mark outside any quotation',
    regex: /!\s*$/u,
    matches: 'The skipper has signed on for a third season, but the crews are not done yet!',
    misses: 'The crews on the quay chanted \u201CNot one more season!\u201D',
  },
  {
    kind: 'a writer’s own aside: the first person outside any quotation',
    // Quotations elsewhere in the sentence do not hide it ("I wrote a column, “The Last Ferry,” ...").
    regex:
      /^(?:[^\u201C\u201D"]|\u201C[^\u201D]*\u201D|"[^"]*")*?(?:(?<!\b(?:War|Phase|Stage|Part|Title|Class|Type|Grade|King|Queen|Pope|Louis|Henry|George|Charles|James|Richard|Edward|William|Elizabeth|Mary)\s)\bI\s+\p{Lowercase}|\b(?:my|me|myself|we|us|our)\b|^Well,)(?:[^\u201C\u201D"]|\u201C[^\u201D]*\u201D|"[^"]*")*$/u,
    matches: 'In 2019 I wrote a column, \u201CThe Last Ferry,\u201D on the strike.',
    misses: 'The skipper said \u201CI will sail again\u201D after the storm.',
  },
];

/** Common English function words: a prose sentence in English has several of them. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'and',
  'is',
  'was',
  'are',
  'were',
  'for',
  'on',
  'with',
  'that',
  'by',
  'at',
  'from',
  'as',
  'has',
  'have',
  'had',
  'be',
  'been',
  'it',
  'his',
  'her',
  'their',
  'said',
  'will',
  'not',
  'after',
  'who',
  'which',
  'into',
  'onto',
  'over',
  'under',
  'about',
  'than',
  'then',
  'herself',
  'himself',
  'themselves',
  'he',
  'she',
  'they',
  'we',
  'this',
  'these',
  'those',
  'there',
  'but',
  'or',
  'up',
  'out',
  'before',
  'during',
  'while',
  'would',
  'could',
  'should',
  'been',
  'being',
  'did',
  'does',
  'him',
  'them',
  'if',
  'when',
  'where',
  'also',
  'told',
  'says',
]);
