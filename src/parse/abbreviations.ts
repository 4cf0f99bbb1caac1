// Word lists for the sentence splitter: abbreviations whose full stop does not end a sentence.
// Tokens are written without their final full stop and compared case-sensitively.

/** Titles and ranks that always precede a name: "H.E. Mr. Fumio Kishida", "Gen. Milley". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Adm', 'Amb', 'Brig', 'Capt', 'Cdr', 'Cmdr', 'Col', 'Cpl', 'Dr', 'Drs', 'Fr', 'Gen', 'Gov', 'H.E', 'H.H',
  'H.M', 'H.R.H', 'Hon', 'Lt', 'Maj', 'Messrs', 'Mme', 'Mr', 'Mrs', 'Ms', 'Mt', 'Pres', 'Prof', 'Rep', 'Rev',
  'Rt', 'Sen', 'Sgt', 'St', 'Supt',
])

/** Abbreviations that precede a number: "No. 5", "Jan. 8", "pp. 12–14", "approx. 300". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Apr', 'Art', 'Arts', 'Aug', 'Ch', 'Dec', 'Feb', 'Fig', 'Jan', 'Jul', 'Jun', 'Mar', 'No', 'Nos', 'Nov',
  'Oct', 'Para', 'Paras', 'Sec', 'Sep', 'Sept', 'Vol', 'Vols', 'approx', 'art', 'no', 'nos', 'p', 'para',
  'paras', 'pp', 'vol',
])

/** Abbreviations that never end a sentence: "e.g.", "i.e.", "vs.", "et al.". */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al', 'cf', 'e.g', 'eg', 'i.e', 'ie', 'viz', 'vs',
])

/**
 * Abbreviations that end a sentence only when a typical sentence opener follows:
 * "the U.S. Government" (no break) vs "with the U.S. The Ministers ..." (break).
 */
export const WEAK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Co', 'Corp', 'Inc', 'Jr', 'Ltd', 'Sr',
])

/** Words that typically open a sentence; after "U.S." or "Jr." they mark a sentence break. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'A', 'Accordingly', 'Additionally', 'After', 'All', 'Also', 'Although', 'An', 'And', 'Another', 'As', 'At',
  'Before', 'Both', 'Building', 'But', 'By', 'During', 'Each', 'Every', 'Finally', 'For', 'From', 'Further',
  'Furthermore', 'He', 'Her', 'Here', 'His', 'How', 'However', 'I', 'If', 'In', 'It', 'Its', 'Let',
  'Likewise', 'Many', 'Meanwhile', 'Moreover', 'Most', 'My', 'Noting', 'Now', 'On', 'One', 'Other', 'Our',
  'Recognising', 'Recognizing', 'She', 'Similarly', 'Since', 'So', 'Some', 'Such', 'That', 'The', 'Their',
  'Then', 'There', 'Therefore', 'These', 'They', 'This', 'Those', 'Through', 'Thus', 'To', 'Today',
  'Together', 'Under', 'We', 'What', 'When', 'Where', 'While', 'Why', 'With', 'Without', 'Yet',
])
