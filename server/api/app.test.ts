// @vitest-environment node
import { runApiSuite, runDatasetSuite } from './api-suite'
import { MemoryStore } from '../stores/memory'
import { DEMO_INFO } from '../../mocks/demo-data'

runApiSuite('memory', async (cells) => new MemoryStore(cells, DEMO_INFO))
runDatasetSuite('memory', async (cells) => new MemoryStore(cells, DEMO_INFO))
