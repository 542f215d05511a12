/**
 * The OpenAPI 3.1 document of API v1, generated from the zod contract (src/contract/v1.ts) with
 * zod 4's own z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Built in the
 * Node server only and handed to createApi, so the browser bundle never carries it.
 */
import { z } from 'zod'
import {
  datasetCreated,
  datasetInfo,
  datasetsResponse,
  importProblem,
  GROUP_KEYS,
  healthResponse,
  label,
  metaResponse,
  paths,
  problem,
  scoreRow,
  scoresResponse,
} from '../src/contract/v1'
import { DIMENSIONS, LEVELS, THRESHOLDS } from '../src/domain/framework'

type Json = Record<string, unknown>

export function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>()
  registry.add(label, { id: 'Label' })
  registry.add(datasetInfo, { id: 'DatasetInfo' })
  registry.add(metaResponse, { id: 'MetaResponse' })
  registry.add(scoreRow, { id: 'ScoreRow' })
  registry.add(scoresResponse, { id: 'ScoresResponse' })
  registry.add(problem, { id: 'Problem' })
  registry.add(healthResponse, { id: 'Health' })
  registry.add(importProblem, { id: 'ImportProblem' })
  registry.add(datasetsResponse, { id: 'DatasetsResponse' })
  registry.add(datasetCreated, { id: 'DatasetCreated' })
  // io 'input': objects stay open to new fields (clients strip unknown keys); strict ones stay strict
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> }
  for (const s of Object.values(schemas)) {
    delete s.$schema
    delete s.$id
  }
  return schemas
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
const errors = {
  '400': {
    description:
      'Invalid query parameter; `errors` names each offending parameter (and value). Also: `by` without `dimension` or `pillar` (pooling over dimensions would count respondents more than once), and an answer over the limits in /meta (`type` …/answer-too-large, with `limits`).',
    content: problemContent,
  },
  '405': { description: 'Method not allowed (only GET and HEAD).', content: problemContent },
  '429': {
    description: 'Too many requests from this client.',
    headers: { 'Retry-After': { description: 'Seconds until a new request is accepted.', schema: { type: 'integer' } } },
    content: problemContent,
  },
  '500': { description: 'Unexpected server error.', content: problemContent },
}
const etagHeader = { ETag: { description: 'The dataset version; send it back as If-None-Match.', schema: { type: 'string' } } }
const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of an earlier answer; 304 without a body when the dataset is unchanged.',
  schema: { type: 'string' },
}
const notModified = { description: 'Not modified: the dataset version equals If-None-Match.', headers: etagHeader }

function listParam(name: string, description: string, items: Json, example: string) {
  return {
    name,
    in: 'query',
    required: false,
    description: `${description} Comma-separated, at most 100 values, no duplicates. Absent = all.`,
    style: 'form',
    explode: false,
    schema: { type: 'array', items, maxItems: 100, uniqueItems: true },
    example,
  }
}

export function buildOpenApiDocument(serverUrl?: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samenhang API',
      version: '1.0.0',
      summary: 'Innovation maturity of the Dutch public sector: pooled scores per level, dimension, region, sector and year.',
      description:
        'Scores are pooled from cells of sufficient statistics (n, Σx, Σx²); pillar scores (T, S and the gap T − S per respondent) from ' +
        'pillar cells (n, ΣT, ΣT², ΣS, ΣS², ΣTS) when the dataset has them (meta.dataset.pillarCells). n always counts respondents. ' +
        `A group with fewer than ${THRESHOLDS.minN} respondents is suppressed: it is returned with status "suppressed" and no value, ` +
        `and cells below ${THRESHOLDS.minN} never enter any total. Groups with n < ${THRESHOLDS.lowReliabilityN} or a 95% CI ` +
        `half-width above ${THRESHOLDS.maxCiHalfWidth} are flagged "low_reliability". See docs/api.md.`,
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      [paths.meta]: {
        get: {
          operationId: 'getMeta',
          summary: 'Dataset description and the framework: levels, pillars, dimensions, scale, sectors, regions, years, thresholds.',
          parameters: [ifNoneMatch],
          responses: {
            '200': { description: 'The metadata.', headers: etagHeader, content: { 'application/json': { schema: { $ref: '#/components/schemas/MetaResponse' } } } },
            '304': notModified,
            '405': errors['405'],
            '429': errors['429'],
            '500': errors['500'],
          },
        },
      },
      [paths.scores]: {
        get: {
          operationId: 'getScores',
          summary: 'Pooled scores grouped by the given keys, with n, mean, sd, se and a 95% CI per group.',
          parameters: [
            listParam('level', 'Levels to include.', { type: 'string', enum: [...LEVELS] }, 'individual,organisational'),
            listParam('dimension', 'Dimensions to include.', { type: 'string', enum: [...DIMENSIONS] }, 'T1,S2'),
            listParam('region', 'Region codes (CBS province codes PV20…PV31, country codes such as NL or EU27, or codes of the loaded dataset; see /meta).', { type: 'string' }, 'PV20,PV27'),
            listParam('sector', 'Sector codes (see /meta). Filtering by sector leaves out the national level, which has no sectors.', { type: 'string' }, 'GEM'),
            listParam('year', 'Years (four digits).', { type: 'integer', minimum: 1000, maximum: 9999 }, '2024,2025'),
            listParam(
              'by',
              'Grouping keys, in any order (answered in canonical order: level, dimension, pillar, region, sector, year). Must hold `dimension` (scores per dimension) or `pillar` (rows technological, social and gap per group, from pillar cells; not with `dimension` or a dimension filter).',
              { type: 'string', enum: [...GROUP_KEYS] },
              'level,dimension',
            ),
            ifNoneMatch,
          ],
          responses: {
            '200': {
              description:
                'Rows ordered by the grouping keys in canonical order (national/null sector first; pillar rows technological, social, gap). At most `limits.maxGroups` groups (see /meta); a larger question is refused with 400.',
              headers: etagHeader,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ScoresResponse' } } },
            },
            '304': notModified,
            ...errors,
          },
        },
      },
      [paths.datasets]: {
        get: {
          operationId: 'listDatasets',
          summary: 'The dataset versions this server has held, newest first; `current` is the one served.',
          responses: {
            '200': { description: 'The versions.', content: { 'application/json': { schema: { $ref: '#/components/schemas/DatasetsResponse' } } } },
            '429': errors['429'],
            '500': errors['500'],
          },
        },
        post: {
          operationId: 'uploadDataset',
          summary:
            'Replace the dataset with a CSV file or an Excel workbook (docs/data-format.md), read in a worker thread. Validated in full first; written in one transaction; the previous dataset is served until the new one is current. Every upload gets its own version.',
          security: [{ uploadToken: [] }],
          parameters: [
            { name: 'title', in: 'query', required: false, description: 'Title of the new dataset (at most 200 characters).', schema: { type: 'string', maxLength: 200 } },
            { name: 'source', in: 'query', required: false, description: 'Where the data come from, shown under every chart (at most 200 characters).', schema: { type: 'string', maxLength: 200 } },
            { name: 'sheet', in: 'query', required: false, description: 'For a workbook: the sheet to read (default the first).', schema: { type: 'string', maxLength: 100 } },
          ],
          requestBody: {
            required: true,
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentEncoding: 'binary' } },
            },
          },
          responses: {
            '201': {
              description: 'The new dataset is current.',
              headers: etagHeader,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/DatasetCreated' } } },
            },
            '401': {
              description: 'No bearer token.',
              headers: { 'WWW-Authenticate': { description: 'Bearer realm="samenhang"', schema: { type: 'string' } } },
              content: problemContent,
            },
            '403': { description: 'Wrong token, or uploads are off on this server (no SAMENHANG_UPLOAD_TOKEN).', content: problemContent },
            '400': { description: 'A control or text-direction character in title, source or sheet; or the upload was cut off before its end.', content: problemContent },
            '413': { description: 'The file is larger than the server accepts (SAMENHANG_MAX_UPLOAD).', content: problemContent },
            '415': { description: 'The body is neither text/csv nor an Excel workbook.', content: problemContent },
            '422': { description: 'The file has problems; nothing was changed. `importErrors` lists the first 100 (row, column, value, code, message in nl and en), `importErrorCount` counts them all.', content: problemContent },
            '429': errors['429'],
            '500': errors['500'],
          },
        },
      },
      [paths.boundaries]: {
        get: {
          operationId: 'getBoundaries',
          summary: 'The province boundary file the operator configured (SAMENHANG_BOUNDARIES), as it was given: TopoJSON with the CBS code in the feature id or a property such as `statcode`. Only when `boundaries` is true in /meta.',
          parameters: [ifNoneMatch],
          responses: {
            '200': { description: 'The TopoJSON topology.', headers: etagHeader, content: { 'application/json': { schema: { type: 'object' } } } },
            '304': notModified,
            '404': { description: 'No boundary file is configured on this server.', content: problemContent },
            '405': errors['405'],
            '429': errors['429'],
            '500': errors['500'],
          },
        },
      },
      [paths.health]: {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness and the dataset version. Not rate-limited, never cached.',
          responses: {
            '200': { description: 'The server is up.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } },
          },
        },
      },
      [paths.openapi]: {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document.',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { uploadToken: { type: 'http', scheme: 'bearer', description: 'The token set in SAMENHANG_UPLOAD_TOKEN.' } },
    },
  }
}
