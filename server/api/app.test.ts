// @vitest-environment node
import { runApiSuite } from './api-suite'
import { MemoryStore } from '../stores/memory'
import { DEMO_INFO } from '../../mocks/demo-data'

runApiSuite('memory', async (cells) => new MemoryStore(cells, DEMO_INFO))
