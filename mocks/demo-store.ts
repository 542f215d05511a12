/** The demo dataset in a memory store, created once per process (or browser tab). */
import { MemoryStore } from '../server/stores/memory'
import { DEMO_INFO, generateDemoCells } from './demo-data'

export function createDemoStore(): MemoryStore {
  return new MemoryStore(generateDemoCells(), DEMO_INFO)
}
