/**
 * Trains the emergency detector's model (widget/src/core/risk-model.ts): logistic regression over
 * hashed features, fitted with AdaGrad and an L2 penalty, then rounded to 4-bit weights. It is
 * deterministic (a seeded shuffle), so the same sets always give the same model and `npm test` can
 * check that the shipped model was trained on the sets in the repository.
 */
import { readFileSync } from 'node:fs';
import { riskFeatures, riskProbability, type RiskModel } from '../widget/src/core/risk-model.ts';
import { readRiskCases } from './risk-regression.ts';

/** One training message: 1 if someone is in danger now, 0 if not; `part` is its writer's part of the set (0 for everyday queries). */
export interface TrainingMessage { text: string; danger: 0 | 1; part?: number }

/** How a model is trained. */
export interface TrainingSettings { bits: number; epochs: number; learningRate: number; l2: number; ordinaryWeight: number; steps: number; seed: number }

/** The settings chosen by scoring each writer's messages with a model trained without them (docs/ARCHITECTURE.md). */
export const riskTraining: TrainingSettings = {
  bits: 14,
  epochs: 15,
  learningRate: 0.3,
  l2: 1e-4,
  /** Ordinary messages weigh more, so that the words they share with emergencies do not tip them. */
  ordinaryWeight: 1.5,
  /** Weights are rounded to -7…7 steps, two to a byte. */
  steps: 7,
  seed: 1,
};

/** The messages the model learns from: the development set, and the editors' everyday queries as ordinary messages. */
export function readTrainingMessages(developmentSet: string, queriesFile: string): TrainingMessage[] {
  const labelled = readRiskCases(developmentSet).map(({ label, text, part }) => ({ text, part, danger: label === 'emergency' ? 1 as const : 0 as const }));
  const everyday = readFileSync(queriesFile, 'utf8').split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('query\t'))
    .map((line) => line.split('\t'))
    .filter(([, expected]) => expected !== 'emergency')
    .map(([query]) => ({ text: query, danger: 0 as const, part: 0 }));
  return [...labelled, ...everyday];
}

/** A small seeded generator (mulberry32), so every training run shuffles the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the weights, then rounds them to 4 bits and packs them as the widget reads them. */
export function trainRiskModel(messages: TrainingMessage[], settings: TrainingSettings = riskTraining): RiskModel {
  const size = 1 << settings.bits;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  const examples = messages.map(({ text, danger }) => ({ slots: riskFeatures(text, settings.bits), danger, weight: danger ? 1 : settings.ordinaryWeight }));
  const random = seeded(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j], examples[i]];
    }
    for (const { slots, danger, weight } of examples) {
      let sum = 0;
      for (const slot of slots) sum += weights[slot];
      const error = (1 / (1 + Math.exp(-sum)) - danger) * weight;
      for (const slot of slots) {
        const gradient = error + settings.l2 * weights[slot];
        squares[slot] += gradient * gradient;
        weights[slot] -= (settings.learningRate * gradient) / Math.sqrt(squares[slot]);
      }
    }
  }
  const largest = weights.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  const scale = largest / settings.steps;
  const packed = new Uint8Array(size / 2);
  weights.forEach((value, slot) => {
    const step = Math.round(value / scale) & 15;
    packed[slot >> 1] |= slot & 1 ? step << 4 : step;
  });
  return { bits: settings.bits, scale: Number(scale.toPrecision(8)), weights: Buffer.from(packed).toString('base64') };
}

/**
 * Scores every writer's messages with a model trained without them: what the model does with
 * people it has never read, which is what a held-out set measures and the development set cannot.
 * The everyday queries always stay in training.
 */
export function crossValidate(messages: TrainingMessage[], settings: TrainingSettings = riskTraining): { message: TrainingMessage; probability: number }[] {
  const parts = [...new Set(messages.map(({ part }) => part ?? 0))].filter((part) => part > 0);
  return parts.flatMap((part) => {
    const model = trainRiskModel(messages.filter((message) => message.part !== part), settings);
    return messages.filter((message) => message.part === part).map((message) => ({ message, probability: riskProbability(model, message.text) }));
  });
}
