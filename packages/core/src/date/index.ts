// Public exports of this area; the package index re-exports this file.
export { INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS } from '../data/calendarNames';
export { type FindDateMentionsOptions, type FoundDateMention, findDateMentions } from './findDateMentions';
export { formatIndonesianDate } from './formatIndonesianDate';
export { isLocalDate } from './isLocalDate';
export { type DateMention, type ParseIndonesianDateOptions, parseIndonesianDate } from './parseIndonesianDate';
export { weekdayOf } from './weekdayOf';
