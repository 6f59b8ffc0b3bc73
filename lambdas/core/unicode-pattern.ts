/**
 * What Unicode property classes cost, and how the patterns here are written to keep every cold start
 * short (measured on the extractor's bundle, `npm run bench`'s bundle rows).
 *
 * V8 builds a `\p{…}` class from ICU's tables each time it reads one: for a regex literal when the
 * bundle is parsed, again when the function holding the literal is compiled, and again when the
 * literal is evaluated; for a pattern built from a string, only when it is evaluated. So:
 *
 * - A pattern with a property class inside brackets (`[\p{Alphabetic}'’-]`) is built by
 *   `unicodePattern`, once, at module level. (esbuild already emits a literal whose classes stand
 *   alone, `/\p{Uppercase}\./u`, as a `new RegExp` call; one with a class in brackets it keeps.)
 * - Letters are `\p{Alphabetic}`, capitals `\p{Uppercase}` and small letters `\p{Lowercase}`, not the
 *   general categories `\p{L}`, `\p{Lu}` and `\p{Ll}`: ICU keeps a binary property's set once built,
 *   and rebuilds a general category's on every use, about four times the cost (the 42 small-letter
 *   classes alone took 5 M instructions of the extractor's import). In Latin, Greek and Cyrillic text
 *   they differ only on a few combining marks written above letters (U+0345, U+0363-U+036F), which
 *   Alphabetic counts as letters, and on the ordinal indicators and modifier letters (ª, º, ʰ), which
 *   Lowercase counts as small letters; elsewhere Alphabetic adds the vowel signs of Indic and other
 *   scripts (which belong inside their words), Uppercase and Lowercase add Roman numerals and circled
 *   letters (Ⅻ, ⅻ, Ⓐ, ⓐ) and Lowercase superscript and subscript letters (ⁿ, ₐ): none of it names a
 *   person, a place or a date in English prose. Digits (`\p{N}`) and marks (`\p{M}`) stay categories:
 *   no binary property holds the same set.
 * - Two property sets are joined by an alternation, `(?:\p{Alphabetic}|\p{N})`, not inside one pair of
 *   brackets: V8 merges the second set into the first range by range, and the extractor's eleven
 *   letter-or-digit classes took 7 M instructions of its import that way. Each step of either form
 *   takes one character that is in one of the sets, so they match alike (a table test holds it);
 *   tokenizing ran as fast. A split on what is neither (`[^\p{Alphabetic}\p{N}]+`) became a match
 *   of the runs between.
 * - A character outside ASCII in a pattern is written `\uXXXX` (`\u2019` for the typographic
 *   apostrophe): esbuild prints regex literals and String.raw as written, and one such character makes
 *   V8 decode the whole bundle to two-byte text at every cold start (test/infra/synth.test.ts holds
 *   the handler bundles to ASCII).
 *
 * Together: the extractor's import ran 175 M instructions beyond its SDK clients' before, 128 M after
 * session 6, about 116 M after session 7 (small letters and joined sets).
 *
 * Matching costs one more rule. Under the `i` and `u` flags together V8 tests `\b` by case-folded Unicode word
 * classes, ten to thirty times slower than under either flag alone, and a pattern that opens with it pays that at
 * every character it tries. Where the next character is a word character (an ASCII letter, digit or `_`: every
 * character `iu` matches to one is a word character to it, "ſ" and the kelvin "K" too), `\b` is exactly "no word
 * character before", `(?<!\w)`, which V8 runs as fast as `i` alone. So the `iu` patterns of the steps open their
 * words with `(?<!\w)`, and a `\b` before a quote mark ("'ll") is `(?<=\w)` (on 475 lead sentences the event
 * row "as X's successor" went from 1.8 to 0.2 ms, the title before a comma from 7.8 to 4.0 ms).
 */
export function unicodePattern(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}u`);
}
