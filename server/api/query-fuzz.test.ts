// @vitest-environment node
/** The query fuzz (server/testing/query-fuzz.ts) against the API over SQLite. */
import { DEMO_INFO } from '../../mocks/demo-data'
import { SqliteStore } from '../stores/sqlite'
import { fuzzQueries } from '../testing/query-fuzz'

fuzzQueries('SQLite', async (cells) => {
  const store = new SqliteStore(':memory:')
  await store.replace(cells, DEMO_INFO)
  return store
})
