// Private: a date the finder has recognized and is refining, in token indexes of a
// CalendarTokenList. Recognizers make them; refiners merge ranges, resolve years and check weekdays.

/** One calendar day as written: day and month always, the year and the weekday when known. */
export interface DateParts {
  day: number;
  month: number;
  /** Year written with this date, or given to it by the range it ends or a refiner. */
  year?: number;
  /** True when `year` came from the text (this date or its range), not from the reference date. */
  yearStated?: boolean;
  /** Weekday written next to it (0 = Minggu … 6 = Sabtu). */
  weekday?: number;
}

/** A recognized date: its parts, the end of its range if it is one, and the tokens it spans. */
export interface DateCandidate extends DateParts {
  /** First token of the mention (its weekday or opening bracket when it has one). */
  first: number;
  /** Last token of the mention, inclusive. */
  last: number;
  /** The range's end ("4-6 November 2024": the 6th), when the mention is a range. */
  through?: DateParts;
}
