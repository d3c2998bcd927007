/**
 * Schema of distributed-ML workloads attached to demands: the inputs of the communication cost model of
 * distributed-ml.md (Gilboa, Michaeli, Soudry & McClean, arXiv 2310.07136): data dimension N, layers L,
 * parameters per unitary P, accuracy epsilon and failure probability delta, bits per number b, training
 * steps T, the classical link, and the local-compute assumptions the model makes visible.
 */
import { z } from 'zod';
import { keySchema, labelSchema } from './schema-fields.js';

/** Model families of distributed-ml.md. */
export const WORKLOAD_MODELS = ['deep-unitary', 'graph-cnn', 'linear-classifier'] as const;
/** A model family. */
export type WorkloadModel = (typeof WORKLOAD_MODELS)[number];

/** How the data state is prepared on the quantum side (distributed-ml.md "local quantum computation"). */
export const DATA_ENCODINGS = ['state-preparation', 'qram', 'quantum-data'] as const;
/** A data-encoding assumption. */
export type DataEncoding = (typeof DATA_ENCODINGS)[number];

/** A distributed-ML workload. */
export const workloadSchema = z
  .strictObject({
    key: keySchema,
    label: labelSchema,
    model: z.enum(WORKLOAD_MODELS).describe('Model family.'),
    dimension: z
      .number()
      .int()
      .min(2)
      .describe('Data dimension N (amplitude-encoded into ceil(log2 N) qubits).'),
    layers: z.number().int().min(1).describe('Number of layers L (a forward pass has 2L - 1 hops).'),
    paramsPerUnitary: z.number().int().min(1).describe('Parameters per unitary P.'),
    epsilon: z.number().gt(0).lt(1).describe('Target accuracy of each estimated expectation value.'),
    delta: z.number().gt(0).lt(1).describe('Allowed failure probability.'),
    bitsPerNumber: z.number().int().min(1).optional().describe('Bits per classical number b (default 32).'),
    trainingSteps: z.number().int().min(1).optional().describe('Number of sequential training steps T.'),
    classicalRateBitsPerS: z.number().gt(0).describe('Classical link rate, bits/s.'),
    classicalLatencyS: z.number().min(0).describe('Classical link one-way latency, s.'),
    shadowConstant: z
      .number()
      .gt(0)
      .optional()
      .describe('Constant c_ST of the shadow-tomography copy count (default 1).'),
    margin: z.number().gt(0).max(1).optional().describe('Classification margin gamma (linear-classifier).'),
    encoding: z
      .enum(DATA_ENCODINGS)
      .optional()
      .describe('Data-state preparation assumption (default state-preparation).'),
    logicalGateTimeS: z
      .number()
      .gt(0)
      .optional()
      .describe('Logical gate time of the error-corrected QPU, s.'),
    parallelQpus: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Number of QPUs preparing copies in parallel (default 1).'),
    classicalFlopsPerS: z.number().gt(0).optional().describe('Classical compute rate, FLOP/s.'),
  })
  .describe('Distributed machine-learning workload carried by a demand (distributed-ml.md cost model).');

/** A workload as written in the scenario file. */
export type WorkloadDocument = z.infer<typeof workloadSchema>;
