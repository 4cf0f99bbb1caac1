// Shapes shared by the deadline grammar: the caller's context, rules, and what a scan finds.
import type { Period } from './iso-dates.js'

/** What the deadline finder needs to know about the document. */
export interface DeadlineContext {
  /** ISO date of the document/meeting, or null when unknown (then relative phrases get null dates). */
  documentDate: string | null
  /** Offset of `text` inside the document's normalized text, added to spans. */
  offset: number
  /**
   * True when `text` is words around the item's clause (the sentence's lead-in, the words after it),
   * not the clause: an adverb there ("demanding the Russian Federation to immediately ... withdraw")
   * sets someone else's verb going, not the item's.
   */
  around?: boolean
  /**
   * The fiscal year of the item's doer, for "FY 2029", "this fiscal year" (see FISCAL_YEARS in
   * words.ts); absent: the U.S. convention, unless the words name the owner ("Japanese Fiscal Year").
   */
  fiscalYear?: FiscalYear | null
}

/** How a country counts its fiscal year: the month it ends, and whether "FY N" is named by the year it starts or ends in. */
export interface FiscalYear {
  endMonth: number
  namedBy: 'start' | 'end'
}

/**
 * How the words before an expression frame it:
 * - `by`: a limit ("by 2030", "until", "no later than"): due by the end of the period;
 * - `before`: due before the period starts ("before 2030", "ahead of", "in the run up to");
 * - `in`: the period itself ("in 2016", "during", "at", "on", "for", or no word at all);
 * - `from`: the period is when the action starts ("from 2023", "beginning in");
 * - `earliest`: the earliest the action may start, not a due date ("as early as 2027");
 * - `since`: background ("since 2015").
 */
export type LeadKind = 'by' | 'before' | 'in' | 'from' | 'begin' | 'earliest' | 'since'

/** A part of a period named before it: "early 2016", "mid-2016", "the end of 2016", "later this year". */
export type Modifier = 'early' | 'mid' | 'late' | 'later' | 'earlier'

/** What kind of thing an expression names. */
export type ExpressionKind =
  /** a calendar period: a year, month, day, season, quarter, half, decade */
  | 'date'
  /** a span counted from the document date: "within six months" */
  | 'duration'
  /** a named event that stands for its year: "COP26" */
  | 'event'
  /** no fixed end: "at the earliest possible opportunity" */
  | 'open'
  /** the next meeting of the series: "the next Foreign and Defence Ministerial Meeting" */
  | 'series'

/** What a rule makes of its match. */
export interface Resolved extends Period {
  /** What the words name. */
  kind: ExpressionKind
  /** The words themselves say it is over: "last year", "earlier this year", "six months ago". */
  past?: boolean
  /** Set for the next meeting of the series. */
  relative?: 'next-meeting'
}

/** What a rule's resolver may look at besides its match. */
export interface RuleEnv {
  /** The whole clause being scanned. */
  text: string
  /** ISO date of the document, or null. */
  documentDate: string | null
  /** The lead found before the match (after any modifier), or 'in' when none. */
  lead: LeadKind
  /** True when no lead word stands before the match. */
  bare: boolean
  /** The modifier before the match, when the rule accepts modifiers. */
  modifier: Modifier | null
  /** The fiscal year of the item's doer, when known (DeadlineContext.fiscalYear). */
  fiscalYear?: FiscalYear | null
}

/** One grammar rule: a pattern for the core words of a time expression and how to resolve them. */
export interface TimeRule {
  /** Stable id: 'deadline/year'. */
  id: string
  /**
   * A cheap test a clause must pass before `pattern` runs (for costly patterns). It must hold of
   * every text the pattern matches: a literal part of the pattern that every match contains, with
   * the pattern's own `i` and `u` flags, so that it can never drop a match (rules.test.ts checks it).
   */
  cue?: RegExp
  /** A global regex for the core words (without the lead, which is read separately). */
  pattern: RegExp
  /** Whether the rule reads a lead ("by", "in") and a modifier ("early", "the end of") before its match. */
  takesLead: boolean
  /** Whether "early / mid / late / the end of" may stand before the match. */
  takesModifier: boolean
  /** True when the match names the end of a period ("year-end"): "before" it means "by" it. */
  isEnd?: boolean
  /** The period the match names, or null when the match is not a time expression after all. */
  resolve: (m: RegExpExecArray, env: RuleEnv) => Resolved | null
}

/** A time expression found in a clause, with its reading. */
export interface TimeExpression extends Resolved {
  /** Id of the rule that found it. */
  rule: string
  /** How the words before it frame it ('in' when there are none). */
  lead: LeadKind
  /** The part of the period named before it, if any. */
  modifier: Modifier | null
  /** The words as printed, lead included ("in 2016", "by the end of the year"). */
  text: string
  /** Offset of `text` in the scanned clause. */
  index: number
  /** Offset of the first character after `text`. */
  endIndex: number
  /**
   * Set on an event named with no lead word before it and no year in its name ("support for the aims
   * of COP-26", "work toward an ambitious ... (COP28)"): the event is what the work is about, not when
   * it is due (gold-fit5 case 7). "the 2020 Tokyo Olympic and Paralympic Games" prints its year and
   * still stands for it (ANNOTATION.md).
   */
  unled?: true
}
