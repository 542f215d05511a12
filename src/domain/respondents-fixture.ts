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

const KEY = { level: 'individual', region: 'PV20', sector: 'GEM', year: 2025 }
const NATIONAL = { level: 'national', region: 'NL', sector: null, year: 2025 }

/** The dimension cells of HAND_FILE, worked out by hand from the four respondents above. */
export const HAND_CELLS = [
  { ...KEY, dimension: 'T1', n: 3, sum: 10.5, sumSq: 43.25 }, // 4, 5, 1.5
  { ...KEY, dimension: 'T2', n: 3, sum: 9, sumSq: 29 }, // 3, 4, 2
  { ...KEY, dimension: 'T3', n: 3, sum: 12, sumSq: 50 }, // 4, 5, 3
  { ...KEY, dimension: 'T4', n: 2, sum: 7, sumSq: 25 }, // 3, 4 (R3 gave no answer)
  { ...KEY, dimension: 'S1', n: 3, sum: 9, sumSq: 29 }, // 3, 4, 2
  { ...KEY, dimension: 'S2', n: 3, sum: 10, sumSq: 34 }, // 3, 4, 3
  { ...KEY, dimension: 'S3', n: 3, sum: 8, sumSq: 24 }, // 2, 4, 2
  { ...KEY, dimension: 'S4', n: 3, sum: 11, sumSq: 45 }, // 4, 5, 2
  { ...KEY, dimension: 'S5', n: 3, sum: 7, sumSq: 19 }, // 3, 3, 1
  ...['T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'S3', 'S4', 'S5'].map((dimension) => ({ ...NATIONAL, dimension, n: 1, sum: 3, sumSq: 9 })),
]

/** The pillar cells of HAND_FILE: R1 (T 3.5, S 3) and R2 (T 4.5, S 4); R3 has no T; R4 national (3, 3). */
export const HAND_PILLAR_CELLS = [
  { ...KEY, n: 2, sumT: 8, sumTSq: 32.5, sumS: 7, sumSSq: 25, sumTS: 28.5 },
  { ...NATIONAL, n: 1, sumT: 3, sumTSq: 9, sumS: 3, sumSSq: 9, sumTS: 9 },
]
