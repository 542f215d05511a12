// @vitest-environment node
import { runApiSuite, runDatasetSuite, runPillarSuite } from './api-suite'
import { MemoryStore } from '../stores/memory'
import { DEMO_INFO } from '../../mocks/demo-data'

runApiSuite('memory', async (cells, pillarCells) => new MemoryStore(cells, DEMO_INFO, pillarCells))
runDatasetSuite('memory', async (cells, pillarCells) => new MemoryStore(cells, DEMO_INFO, pillarCells))
runPillarSuite('memory', async (cells, pillarCells) => new MemoryStore(cells, DEMO_INFO, pillarCells))
