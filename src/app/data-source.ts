/**
 * Where the app's data come from: the server (the default), or a file the user opened on the
 * Gegevens page. A private file is served by the API itself, running in this browser over a
 * memory store (the same handler the server runs): the client's transport calls it directly, so
 * the data never leave the machine. Switching swaps the transport and resets the query cache,
 * so no answer from one source is ever shown as the other's.
 */
import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { setTransport, type Transport } from '../api/client'
import type { DatasetInfo } from '../contract/v1'
import type { Cell, PillarCell } from '../domain/cells'

export type DataSource = { kind: 'server' } | { kind: 'private'; fileName: string; cells: number; version: string }

const SERVER: DataSource = { kind: 'server' }
let current: DataSource = SERVER
const listeners = new Set<() => void>()

function emit(next: DataSource): void {
  current = next
  for (const l of listeners) l()
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

export function currentDataSource(): DataSource {
  return current
}

export function useDataSource(): DataSource {
  return useSyncExternalStore(subscribe, currentDataSource, currentDataSource)
}

const serverTransport: Transport = (request) => fetch(request)

/** Forget every answer (and stop every request in flight) of the previous source. */
async function resetAnswers(client: QueryClient): Promise<void> {
  await client.cancelQueries()
  // reset, not clear: observers on screen are told, show their loading state and fetch anew
  await client.resetQueries()
}

/** The description of a private dataset, as its in-browser API reports it. */
export function privateInfo(fileName: string, now = new Date()): Omit<DatasetInfo, 'cells'> {
  const version = `private-${now.getTime().toString(36)}`
  return {
    id: version,
    version,
    title: { nl: fileName, en: fileName },
    synthetic: false,
    source: { nl: `Eigen bestand ${fileName} (alleen in deze browser)`, en: `Own file ${fileName} (in this browser only)` },
    updated: now.toISOString(),
  }
}

/**
 * Show the whole app over `cells` (and, from a respondent file, its per-respondent pillar cells,
 * which give exact intervals: ADR 0007), through the API running in this browser.
 */
export async function showPrivateData(client: QueryClient, cells: Cell[], fileName: string, pillarCells: readonly PillarCell[] = []): Promise<void> {
  // loaded on demand: the server-side API code is not part of the main bundle
  const [{ createApi }, { MemoryStore }] = await Promise.all([import('../../server/api/app'), import('../../server/stores/memory')])
  const info = privateInfo(fileName)
  const api = createApi({ store: new MemoryStore(cells, info, pillarCells) })
  setTransport(async (request) => await api.fetch(request))
  emit({ kind: 'private', fileName, cells: cells.length, version: info.version })
  await resetAnswers(client)
}

/** Back to the server's data. */
export async function showServerData(client: QueryClient): Promise<void> {
  setTransport(serverTransport)
  emit(SERVER)
  await resetAnswers(client)
}
