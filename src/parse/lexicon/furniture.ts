// Page furniture: the words a web page or news site puts around a statement (site banners, links,
// bylines, photo captions, a news introduction, publication lines). Such a line is a heading of the
// page, never a paragraph: it has no items and no printed number.

/** A short line (a dozen words or fewer) that is page chrome when it starts with one of these. */
export const CHROME_STARTS: readonly RegExp[] = [
  /^(?:Share(?: this(?: page)?)?|Print|Tweet|E-?mail|Copy link|Open a New Window|Back to top|Skip to (?:main )?content|Headlines|Home|Menu|Search|Top of page|Page top|Related (?:links|content|articles)|Read more|Continue reading|Advertisement)\s*$/i,
  /^(?:Policy paper|Press release|News story|News release|Media release|Speech|Guidance|Correspondence|Official texts?|Statements? and releases)\s*$/i,
  /^(?:Published|Last updated|Updated|Issued on|Posted(?: on)?|Release date|First published)\b[:\s]*\d/i,
  /^(?:Press Release \(\d{4}\)\s*\d*|Press Release No\.?\s*\d+)\s*$/i,
  // "Press" / "Release" / "(2006)150" / "En. / Fr. / Ru.": a press-release banner broken over lines.
  /^(?:Press|Release|\(\d{4}\)\s*\d+|(?:[A-Z][a-z]\.\s*\/\s*)+[A-Z][a-z]\.)\s*$/,
  /^(?:in Japanese|Japanese|日本語|Français|English)\s*$/i,
  /^(?:\(?(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Kyodo|Photo|Image|Credit|Source|Copyright|©|Shoot (?:location|date))(?:\s+Photo)?\)?\s*[/:|])/i,
  /^[\w-]+\.(?:jpe?g|png|gif|webp|svg)\s*$/i,
  // The alt text of a site's logo: "SlideShare a Scribd company logo", "GOV.UK logo".
  /^[^.!?]{0,60}\blogo\s*$/i,
  /^\d{1,7}\s*(?:views?|reads?)?\s*$/i,
  /^(?:By|Author|Byline)\s*:?\s+\p{Lu}/u,
  /^(?:Home|Top)\s*[>›»/]/,
  // A breadcrumb of a site's sections: "Visit to Australia/bilateral relations", "News › Statements".
  /^\p{Lu}[^/>›».,;:!?]{1,40}\p{L}(?<!\band)(?:\/(?=\p{Ll}{2})(?!or\b)|\s+[>›»]\s+)[^/>›».,;:!?]{2,40}$/u,
  // A site's cookie notice: "This site uses technical and analytics cookies.", "By continuing to browse, you agree to the use of cookies."
  /^(?:(?:This|Our) (?:web)?site uses\b[^.]{0,60}\bcookies|By continuing to (?:browse|use)\b[^.]{0,80}\bcookies|We use cookies\b|(?:Accept|Reject|Manage)(?: all)? cookies)[^.]{0,80}\.?\s*$/i,
  // The banner over a U.S. government site's pages.
  /^(?:An official website of the United States government|Official websites use \.gov|Secure \.gov websites use HTTPS)\s*$/i,
]

/** Anywhere in a line: a photo caption ("pose for a group photo", "from left to right"). */
export const CAPTION_CUES =
  /\b(?:pose[sd]? for (?:a |the )?(?:group |family )?photo|(?:from )?left to right|photo courtesy|file photo)\b|\((?:L-R|left|right|Photo|Image|Source|Credit)(?:\s*:[^)]{0,60})?\)|\bhinh anh \d/i

/** GOV.UK's "This was published under the 2019 to 2022 Johnson Conservative government". */
export const PUBLISHED_UNDER = /^This was published under the .{3,80} government\.?$/i

/** A news introduction: "MANILA, Philippines — The leaders ... concluded their summit". */
export const NEWS_LEAD =
  /^\p{Lu}[\p{L}. ]{1,30}\s+\((?:VNA|AFP|AP|Reuters|Xinhua|Kyodo|Bernama|PNA|ANTARA|Yonhap|UNI|PTI|IANS|ANI|[A-Z]{2,6})\)\s*[—–-]{1,2}\s+|^\p{Lu}{3,}(?:\s+\p{Lu}{2,})*,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)*\s*(?:\(\p{Lu}[\p{L} ]+\))?\s*[—–-]{1,2}\s+/u

/** What a journalist's introduction speaks of: the statement it reposts. */
export const NEWS_REPORTING = /\b(?:communiqu[ée]|statement|declaration|said|says|told|released|releasing|issued|reported)\b/i

/** A site's pointer to the text it reposts: "Read the full chairman’s statement ... below:". */
export const REPOST_POINTER =
  /^(?:(?:Read|See|Here is|Below is|Following is)\b.{0,160}\b(?:below|follows)\s*:?|(?:Following|Below|Here) (?:is|are) the (?:full )?texts? of\b.{0,200}?)[:.]?\s*$/i

/** "U.S. Department of State", "Ministry of Foreign Affairs of Japan": the name of the ministry whose site prints the page. */
export const MINISTRY_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:Department|Ministry|Embassy|Consulate|Permanent\s+Mission)\s+(?:of|for)\s+[^.:;]{2,40}$/u
