// Words pass 4 (04-classify) reads an earlier occasion with: "When we announced … in September 2021,".

/** Month names, lower case, January first (the index + 1 is the month's number). */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** An earlier occasion in a sentence's lead-in: "When we announced … in September 2021,", "at the June G7 Leaders’ Summit". */
// The phrase must open the lead-in or a part of it (not "where APEC first launched the Forum in 2011").
export const OCCASION =
  /(?:^|[,;]\s*|\b(?:why|and|but|so)\s+)(?:when\s+(?:we|they|the\s+[a-z]+|leaders)\s+[a-z]+ed\b[^,;]*?\bin\s+|(?:at|during)\s+the\s+|in\s+)(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s*)?((?:19|20)\d\d)?\b/gi
