// Words the meeting reader (src/parse/meeting/find-title.ts) reads titles with: headlines that open with the kind
// of document, the roles of a group that met, the kinds of meeting held.

/**
 * "Joint communiqué issued by Alain Juppé, Ministre d’Etat, Minister of Foreign and European Affairs, and Kevin
 * Rudd, Australian Minister for Foreign Affairs", "Joint Statement by the Leaders of ...": a headline that opens
 * with the kind of document may run long with the names of its authors.
 */
export const DOCUMENT_HEADLINE_START =
  /^(?:(?:Joint|Final|Chair(?:man)?['’]s|Leaders['’]?)\s+)+(?:Press\s+)?(?:Statement|Communiqu[ée]|Declaration|Readout)\s+(?:issued\s+)?(?:by|of|on|from|following)\s/i

/** The role words of a group that met: "G20 Finance Ministers and Central Bank Governors", "Nordic foreign ministers". */
export const ROLE_WORD = String.raw`(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ee]conomic|[Ee]nergy|[Hh]ealth|[Aa]griculture|[Ee]nvironment|[Dd]evelopment|[Dd]igital|[Tt]ransport|[Pp]rime|[Cc]entral\s+[Bb]ank|[Nn]ational\s+[Ss]ecurity|and)`

/**
 * "Prime Ministers John Key and Julia Gillard held bilateral talks in Wellington", "held a summit meeting with":
 * the kind of meeting held, in lower case, where the text names the meeting no other way.
 */
export const HELD_KIND =
  /\bheld\s+(?:an?\s+|their\s+)?(?<title>(?:(?:bilateral|trilateral|annual|summit|ministerial|leaders['’])\s+){1,2}(?:talks|consultations|meeting|summit|dialogue))\b/du
