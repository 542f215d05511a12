/** Answer sheets for the self-assessment's tests, built per dimension (three statements each). */
import { DIMENSIONS, type Dimension } from './framework'
import { itemsOf } from './selfscan-items'
import type { AnswerMap, SelfscanAnswer } from './selfscan-score'

/** Answers that give each dimension the listed item answers (three per dimension). */
export function sheetOf(per: Partial<Record<Dimension, readonly (SelfscanAnswer | undefined)[]>>): { answers: AnswerMap } {
  const answers: AnswerMap = {}
  for (const d of DIMENSIONS) {
    const given = per[d]
    if (!given) continue
    itemsOf(d).forEach((item, i) => {
      if (given[i] !== undefined) answers[item.id] = given[i]
    })
  }
  return { answers }
}

/** Every item of a dimension answered with the same value: the dimension's score is that value. */
export function flat(values: Record<Dimension, SelfscanAnswer>): { answers: AnswerMap } {
  return sheetOf(Object.fromEntries(DIMENSIONS.map((d) => [d, [values[d], values[d], values[d]]])))
}

