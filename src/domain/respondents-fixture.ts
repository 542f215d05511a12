/** A respondent file small enough to work by hand: the domain test and the three-door agreement test share it. */

/**
 * Four respondents, worked by hand. T1 has two items (the second reverse-scored: x counts as
 * 6 − x), every other dimension one.
 *   R1: T1 = (4 + (6−2))/2 = 4, T2..T4 = 3, 4, 3 → T = 3.5; S = (3+3+2+4+3)/5 = 3
 *   R2: T1 = 5 (second item "weet niet"; 1 of 2 answered is enough), T = (5+4+5+4)/4 = 4.5; S = 4
 *   R3: T1 = (2 + (6−5))/2 = 1.5, T4 empty → no T4, so no T; S = 2 (counts in the dimension cells only)
 *   R4: national, all 3 → T = S = 3
 */
export const HAND_FILE = [
  'level;region;sector;year;T1_1;T1_2_r;T2_1;T3_1;T4_1;S1_1;S2_1;S3_1;S4_1;S5_1',
  'individual;PV20;GEM;2025;4;2;3;4;3;3;3;2;4;3',
  'individual;pv20;gem;2025;5;weet niet;4;5;4;4;4;4;5;3',
  'Individual;PV20;GEM;2025;2;5;2;3;;2;3;2;2;1',
  'national;NL;;2025;3;3;3;3;3;3;3;3;3;3',
].join('\r\n')
