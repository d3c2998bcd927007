/**
 * Entry points of the end-to-end time model: one task (inference, one gradient, last-layer training) and
 * full training by T sequential gradient steps, quantum against classical.
 *
 * Source: distributed-ml.md "Training over many steps": steps are sequential, so training wall-clock is
 * T x (time of one gradient step) plus the classical parameter update of each step.
 * Assumptions: the update costs 2 flops per trainable parameter (w -= lr g) on both sides, at
 * classicalFlopRate; a stockpile of pre-shared pairs is shared by all steps (spent by the first ones).
 */
import { ParameterError } from '../core/index.js';
import {
  breakdown,
  classicalTime,
  compareResults,
  quantumTime,
  type TimeComparison,
} from './end-to-end-time.js';
import { protocolCost, type MlTask } from './protocol-cost.js';
import { resolveTimeOptions, type ResolvedTimeOptions, type TimeOptions } from './time-options.js';
import type { ResolvedWorkload } from './workload.js';

/**
 * Quantum and classical time of one task on a workload over a link, each as communication + compute +
 * latency.
 * @throws ParameterError for invalid options or an unsupported (model, task) pair.
 */
export function compareTimes(
  workload: ResolvedWorkload,
  task: MlTask,
  options: TimeOptions | ResolvedTimeOptions,
): TimeComparison {
  const timeOptions = resolveTimeOptions(options);
  const cost = protocolCost(workload, task);
  return compareResults(cost, quantumTime(cost, timeOptions), classicalTime(cost, timeOptions));
}

/** Training by T sequential full-gradient steps. */
export interface TrainingTimeComparison extends TimeComparison {
  /** Steps T. */
  readonly steps: number;
  /** Time of the parameter updates included in each side's compute, seconds. */
  readonly updateTime: number;
}

/**
 * Training wall-clock: T x (one gradient step by `gradientTask`) + T updates, quantum against classical
 * (classical: T model-parallel backprop steps). Needs the workload's trainingSteps.
 * @throws ParameterError('trainingSteps') when missing; ParameterError('gradientTask') for a non-gradient task.
 */
export function trainingTime(
  workload: ResolvedWorkload,
  gradientTask: 'gradient-naive' | 'gradient-shadow',
  options: TimeOptions | ResolvedTimeOptions,
): TrainingTimeComparison {
  const steps = workload.trainingSteps;
  if (steps === undefined) throw new ParameterError('trainingSteps', 'is required for training time');
  if (gradientTask !== 'gradient-naive' && gradientTask !== 'gradient-shadow') {
    throw new ParameterError(
      'gradientTask',
      `must be gradient-naive or gradient-shadow (got ${String(gradientTask)})`,
    );
  }
  const timeOptions = resolveTimeOptions(options);
  const cost = protocolCost(workload, gradientTask);
  const totalParameters = 2 * workload.layers * workload.paramsPerUnitary;
  const updateTime = (steps * 2 * totalParameters) / timeOptions.classicalFlopRate;
  const quantumSteps = quantumTime(cost, timeOptions, steps);
  const classicalSteps = classicalTime(cost, timeOptions, steps);
  const withUpdate = (b: { communication: number; compute: number; latency: number }) =>
    breakdown(b.communication, b.compute + updateTime, b.latency);
  const quantum =
    quantumSteps.status === 'ok'
      ? { ...quantumSteps, breakdown: withUpdate(quantumSteps.breakdown) }
      : quantumSteps;
  const classical = { ...classicalSteps, breakdown: withUpdate(classicalSteps.breakdown) };
  return { ...compareResults(cost, quantum, classical), steps, updateTime };
}
