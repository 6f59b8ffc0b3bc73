/**
 * Boilerplate lines: newsletter pitches, share bars, cookie notices, copyright footers. Data,
 * matched against short lines only, so a sentence of the story that mentions a newsletter stays.
 */
import { unicodePattern } from '../unicode-pattern';

/** Lines longer than this are story text, whatever words they contain. */
export const MAX_BOILERPLATE_LINE = 240;

export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(advertisement|advert|sponsored( content)?|ad|story continues below( advertisement)?|continue reading)\.?$/i,
  /^(read more|related|related (articles|stories|coverage|content|reading|topics)|more on this( story)?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|see also|also read|read next|what to read next|more from [\w .'\u2019-]{1,40}|top stories)\s*(:.*)?$/i,
  /^(please\s+)?(sign up|signup|subscribe|register)\b.{0,80}\b(newsletters?|briefing|digest)\b/i,
  /\b(sign up|signup|subscribe)\b.{0,30}\bour\b.{0,40}\b(newsletters?|briefings?|digest|updates|alerts|emails?)\b/i,
  /^(get|receive|join|try|want)\b.{0,60}\bnewsletters?\b/i,
  /^((our|the)\s+)?((free|daily|weekly|morning|evening)\s+)+([\w-]+\s+){0,3}newsletters?\b/i,
  /^(subscribe( now| today)?|sign up( now| today| here)?|log ?in|sign in|become a member|support our journalism|donate( now| today)?)[.!:]?$/i,
  /^subscribe (for|to|now|and)\b.{0,60}$/i,
  /^(share|share this( article| story)?|share on \w+|tweet|email|print|copy link|save|comments?)(\s*[|\u2022\u00B7/,]\s*(share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|copy link|save|comments?))*:?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|instagram|youtube)(\s*[|\u2022\u00B7/,]?\s*(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|instagram|youtube))+$/i,
  /^(follow|like) us on\b/i,
  /\b(we use cookies|this (site|website) uses cookies|cookie (policy|settings|preferences|notice)|accept (all )?cookies|manage (your )?(cookie|privacy) (settings|preferences))\b/i,
  /^(copyright\s*(\u00A9|\(c\))?\s*\d{4}|\u00A9|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b/i,
  /^this (material|article|story) may not be (published|reproduced)/i,
  /^(click|tap) here\b/i,
  /^(download|get) (our|the) (free )?app\b/i,
  /^(listen to this (article|story)|\d+ min(ute)?s? read|estimated reading time)\b/i,
  /^(unsubscribe|manage (your )?(preferences|subscription|subscriptions)|update your preferences|view (this email )?in (your )?browser|you (are|were) receiving this|you received this)\b/i,
  /\bto unsubscribe\b|\bunsubscribe (here|from)\b/i,
  /^(skip to (main )?content|jump to|back to top|table of contents)\b/i,
  /^(updated|last updated):?\s.{0,60}\d{4}.{0,30}$/i,
];

/** A kind of page-furniture line, with a line of our own it must drop and one it must keep. */
export interface FurnitureLine {
  handles: string;
  re: RegExp;
  example: string;
  counter: string;
}

/** Form and widget text left on a page; test/unit/core/parse/furniture.test.ts runs every row. */
export const FURNITURE_LINES: readonly FurnitureLine[] = [
  {
    handles: 'a sign-up form left in the text',
    re: /^(?:invalid e-?mail(?: address)?|please enter a valid e-?mail(?: address)?|enter your e-?mail(?: address)?|thanks? (?:you )?for signing up!?|e-?mail address)[.!]?$/iu,
    example: 'Invalid Email',
    counter: 'The invalid email led investigators to the sender.',
  },
  {
    handles: "an image's alternative text naming a logo",
    re: unicodePattern(String.raw`^(?:[\p{Alphabetic}&.'\u2019-]+\s){0,3}logo$`, 'i'),
    example: 'Harbour Ledger logo',
    counter: 'The council unveiled a new logo for the harbour festival.',
  },
  {
    handles: 'a help box placed between paragraphs',
    re: /^(?:advice|help|support) if you(?:'|\u2019)re (?:upset|affected|worried) by (?:the|this) (?:news|story)$/iu,
    example: 'Support if you’re worried by this story',
    counter: 'Officials gave advice to residents upset by the news of the closure.',
  },
];

/** Photo and illustration credits: dropped, the names kept as credits. */
export const PHOTO_CREDIT =
  /^\(?\s*(photo|photos|photograph|image|images|illustration|graphic|video|pictured)s?(\s+credit)?\s*(:|by\b)\s*(.{1,160})$/i;

/** "Jane Roe and John Doe contributed reporting from Lagos." */
export const CONTRIBUTED =
  /^\(?\s*(.{3,120}?)\s+contributed\s+(reporting|research|to this (report|story|article))\b.{0,80}$/i;

/** Wire production credits: "(Reporting by X; Editing by Y)". */
export const PRODUCTION_CREDIT =
  /^[\s(\u2014\u2013-]*(reporting|additional reporting|writing|written|editing|edited|compiled|produced|translated|research|graphics)\s+by\b/i;

/** Words that describe a writer's role, not an outlet, in a byline's second part. */
export const BYLINE_ROLES =
  /\b(staff|senior|chief|correspondent|reporter|writer|editor|contributor|columnist|bureau|analyst|special to|freelance|intern|producer|in [A-Z][a-z]+)\b/i;

/** E-mail addresses in contact and footer lines. */
export const EMAIL = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;

/** Lines that are reporter or editor contact lines when they hold an address. */
export const CONTACT_LINE =
  /^(contact|email|e-mail|write to|reach|send|tips?|questions|comments|follow|the (reporter|author|writer))\b|\b(reporter|editor|correspondent|writer|author)s?\b/i;

/** "Published 9:00 AM EDT, Mon June 5, 2023": the article's own publication stamp. */
export const PUBLISHED_STAMP = /^(?:first )?(?:published|posted)(?: on)?:?\s+(.{6,80})$/i;
/**
 * "Posted 3 weeks ago [saved on 9 May 2016]": the part of a captured or archived page's stamp that names the day the
 * page was saved, often long after it was posted. That day is no publication day.
 */
export const CAPTURE_STAMP =
  /[[(]?\b(?:downloaded|retrieved|archived|captured|accessed|saved) on\b[^\])]*[\])]?/i;
