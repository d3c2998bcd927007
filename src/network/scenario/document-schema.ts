/**
 * Schema of a scenario file (`*.qnet.json`, schemaVersion 1): metadata, defaults, nodes, edges, demands
 * and workloads. The graph part follows graphology's serialisation for keys (nodes have `key`; edges
 * `key`, `source`, `target`) with attributes flat on the object so paths read `edges[3].lengthKm`.
 * Every object is strict: unknown keys are rejected with a did-you-mean suggestion.
 */
import { z } from 'zod';
import { MAX_SEED } from '../../core/index.js';
import { parameterOverridesSchema } from '../platforms/preset-schema.js';
import { edgeSchema } from './edge-schema.js';
import {
  keySchema,
  labelSchema,
  lightSpeedSchema,
  nodeRefSchema,
  platformRefSchema,
  routeFactorSchema,
  schemeSchema,
} from './schema-fields.js';
import { workloadSchema } from './workload-schema.js';

/** The scenario format version this build reads and writes. */
export const SCENARIO_SCHEMA_VERSION = 1;

/** Node roles. */
export const NODE_KINDS = ['end-node', 'repeater', 'transducer-site', 'port', 'ground-station'] as const;
/** A node role. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** A network node. */
export const nodeSchema = z
  .strictObject({
    key: keySchema,
    kind: z.enum(NODE_KINDS).describe('Role of the node.'),
    label: labelSchema,
    latitude: z
      .number()
      .min(-90)
      .max(90)
      .optional()
      .describe('Latitude, degrees (give both latitude and longitude, or neither).'),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .optional()
      .describe('Longitude, degrees (give both latitude and longitude, or neither).'),
    platform: platformRefSchema.optional(),
    overrides: parameterOverridesSchema.optional(),
    memoryCount: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Memory qubits at this node (overrides the platform value).'),
  })
  .describe('A network node.');

/** An end-to-end demand for Bell pairs. */
export const demandSchema = z
  .strictObject({
    key: keySchema,
    label: labelSchema,
    source: nodeRefSchema,
    target: nodeRefSchema,
    targetFidelity: z
      .number()
      .gt(0.25)
      .max(1)
      .describe('Required end-to-end fidelity to |Phi+>, in (0.25, 1].'),
    requestedRatePerS: z
      .number()
      .gt(0)
      .optional()
      .describe('Requested rate of Bell pairs at the target fidelity, per second.'),
    workload: z
      .string()
      .min(1)
      .optional()
      .describe('Key of a workload in "workloads" carried by this demand.'),
  })
  .describe('A demand for end-to-end Bell pairs between two nodes.');

/** Scenario-wide defaults for edge fields. */
export const defaultsSchema = z
  .strictObject({
    fibreAttenuationDbPerKm: z.number().min(0).optional().describe('Fibre attenuation, dB/km (default 0.2).'),
    fibreLightSpeedKmPerS: lightSpeedSchema.optional(),
    routeFactor: routeFactorSchema.optional(),
    scheme: schemeSchema.optional(),
  })
  .describe('Defaults for edges that do not set the field themselves.');

/** Descriptive metadata. */
export const metadataSchema = z
  .strictObject({
    author: z.string().optional().describe('Author of the scenario.'),
    created: z.iso.date().optional().describe('Creation date, ISO 8601 (YYYY-MM-DD).'),
    tags: z.array(z.string()).optional().describe('Free-form tags.'),
    notes: z.string().optional().describe('Free-form notes.'),
  })
  .describe('Descriptive metadata.');

/** The whole scenario document (after migration to the current schemaVersion). */
export const scenarioDocumentSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of scenario.schema.json, for editors.'),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).describe('Version of the scenario format.'),
    name: z.string().min(1).describe('Scenario name.'),
    description: z.string().describe('What the scenario models.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(MAX_SEED)
      .describe('Seed of the random generator (integer 0..4294967295); same seed, same results.'),
    metadata: metadataSchema,
    defaults: defaultsSchema.optional(),
    nodes: z.array(nodeSchema).describe('Nodes of the network graph.'),
    edges: z.array(edgeSchema).describe('Links of the network graph.'),
    demands: z.array(demandSchema).describe('End-to-end demands.'),
    workloads: z.array(workloadSchema).optional().describe('Distributed-ML workloads referenced by demands.'),
  })
  .describe('A qnet-planner scenario: network graph, hardware platforms, demands and workloads.');

/** A scenario document as written in the file (units as in the keys). */
export type ScenarioDocument = z.infer<typeof scenarioDocumentSchema>;
/** A node as written in the file. */
export type NodeDocument = z.infer<typeof nodeSchema>;
/** A demand as written in the file. */
export type DemandDocument = z.infer<typeof demandSchema>;
