/** One stored answer: a likert value 1–5, 'na' (weiß nicht), an option id, option ids, or free text. */
export type AnswerValue = number | string | string[];

/** Answers of one check, by item id. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** The value of a likert item that means "weiß nicht / trifft nicht zu". */
export const DONT_KNOW = 'na';
