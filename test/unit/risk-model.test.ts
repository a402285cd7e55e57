/**
 * The emergency model: how its table is read, how its probability moves the vocabulary's tier, and
 * that training is repeatable. Models here are made by hand (a single weight on the constant slot
 * gives every message the same probability), so each rule of the combination is tested on its own.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, riskModelThresholds, type CompiledRisk } from '../../widget/src/core/risk.ts';
import { riskFeatures, riskProbability, riskTable, type RiskModel } from '../../widget/src/core/risk-model.ts';
import { trainRiskModel, type TrainingMessage } from '../../knowledge/risk-training.ts';

const bits = 8;

/** A model whose only weight is on the constant slot, so every message scores `probability`. */
function constantModel(probability: number): RiskModel {
  const steps = 7;
  const logit = Math.log(probability / (1 - probability));
  const packed = new Uint8Array((1 << bits) / 2);
  const [slot] = riskFeatures('', bits);
  packed[slot >> 1] |= (slot & 1 ? (steps & 15) << 4 : steps & 15);
  return { bits, scale: logit / steps, weights: Buffer.from(packed).toString('base64') };
}

const vocabulary: CompiledRisk = {
  numbers: [
    { id: 'livslinien', label: 'Livslinien', phone: '70 201 201', when: 'Tal med nogen.' },
    { id: 'alarm-112', label: 'Alarm 112', phone: '112', when: 'Ring nu.' },
  ],
  kinds: [{ id: 'suicide', name: 'Selvmord', numbers: ['livslinien', 'alarm-112'], clear: ['vil ikke leve'], possible: ['kan ikke mere'], weak: [] }],
  markers: { now: [], notNow: [], errand: [], figurative: [] },
  spellings: {},
};
const withModel = (probability: number): CompiledRisk => ({ ...vocabulary, model: constantModel(probability) });

describe('the model table', () => {
  it('reads two signed 4-bit weights per byte, low half first', () => {
    const model: RiskModel = { bits: 2, scale: 1, weights: Buffer.from([0xf7, 0x18]).toString('base64') };
    expect([...riskTable(model)]).toEqual([7, -1, -8, 1]);
  });

  it('gives the probability its weights add up to', () => {
    expect(riskProbability(constantModel(0.9), 'hvad som helst')).toBeCloseTo(0.9, 6);
    expect(riskProbability(constantModel(0.2), '')).toBeCloseTo(0.2, 6);
  });

  it('reads the same slots whichever way æ/ø/å are written', () => {
    expect(riskFeatures('hjælp han bløder', 14).sort()).toEqual(riskFeatures('hjaelp han bloeder', 14).sort());
  });
});

describe('the model weighing the vocabulary', () => {
  const { keepTierOne, liftToTierOne, keepTierTwo, aloneTierOne, aloneTierTwo } = riskModelThresholds;
  // Nine words or more: the model may doubt the vocabulary only in messages this long.
  const suicidal = 'jeg vil ikke leve længere, jeg har tænkt på det længe';
  const fire = 'det lugter af røg i opgangen, hvem skal jeg ringe til om røgalarmen';
  const withFire: CompiledRisk = {
    ...vocabulary,
    kinds: [...vocabulary.kinds, { id: 'fire', name: 'Brand', numbers: ['alarm-112'], clear: [], possible: ['røg'], weak: [] }],
  };

  it('keeps a tier-1 finding at tier 2, numbers and all, when the model doubts it', () => {
    const doubted = assessRisk(withModel(keepTierOne / 2), suicidal);
    expect(doubted.tier).toBe(2);
    expect(doubted.numbers.map(({ id }) => id)).toEqual(['alarm-112', 'livslinien']);
    expect(assessRisk(withModel(keepTierOne + 0.01), suicidal).tier).toBe(1);
  });

  it('never doubts the vocabulary in a message of a few words: people in danger type little', () => {
    expect(assessRisk(withModel(0.001), 'jeg vil ikke leve').tier).toBe(1);
    expect(assessRisk({ ...withFire, model: constantModel(0.001) }, 'røg i opgangen').tier).toBe(1);
  });

  it('lifts a tier-2 finding to tier 1 when the model agrees', () => {
    expect(assessRisk(withFire, fire).tier).toBe(2);
    expect(assessRisk({ ...withFire, model: constantModel(liftToTierOne - 0.01) }, fire).tier).toBe(2);
    expect(assessRisk({ ...withFire, model: constantModel(liftToTierOne + 0.01) }, fire).tier).toBe(1);
  });

  it('drops a tier-2 finding it is all but sure is not danger, but never the numbers for danger told quietly', () => {
    expect(assessRisk({ ...withFire, model: constantModel(keepTierTwo / 2) }, fire).tier).toBe(0);
    expect(assessRisk({ ...withFire, model: constantModel(keepTierTwo * 2) }, fire).tier).toBe(2);
    const quiet = 'jeg kan ikke mere med det her skema, hvor finder jeg hjælp til at udfylde det';
    expect(assessRisk(vocabulary, quiet).tier).toBe(2);
    expect(assessRisk(withModel(keepTierTwo / 2), quiet).tier).toBe(2);
  });

  it('raises what the vocabulary missed only when quite sure, with 112 as the number', () => {
    const text = 'min ven kom ikke op igen efter han sprang fra molen';
    expect(assessRisk(vocabulary, text).tier).toBe(0);
    expect(assessRisk(withModel(aloneTierTwo - 0.01), text).tier).toBe(0);
    const possible = assessRisk(withModel((aloneTierTwo + aloneTierOne) / 2), text);
    expect(possible).toMatchObject({ tier: 2, kinds: [] });
    expect(possible.numbers.map(({ phone }) => phone)).toEqual(['112']);
    expect(assessRisk(withModel((aloneTierOne + 1) / 2), text).tier).toBe(1);
  });

  it('weighs a probability given in its place the same way, so a model trained without a message can score it', () => {
    expect(assessRisk(vocabulary, suicidal, keepTierOne / 2).tier).toBe(2);
    expect(assessRisk(vocabulary, 'min ven kom ikke op igen efter han sprang fra molen', 1).tier).toBe(1);
  });

  it('writes its probability into the evidence editors see', () => {
    expect(assessRisk(withModel(0.9), suicidal).evidence).toContain('model: 0.90');
  });
});

describe('training', () => {
  const messages: TrainingMessage[] = [
    { text: 'han trækker ikke vejret', danger: 1 },
    { text: 'hun bløder meget og svarer ikke', danger: 1 },
    { text: 'der er røg i opgangen', danger: 1 },
    { text: 'hvornår har borgerservice åbent', danger: 0 },
    { text: 'jeg skal have nyt pas', danger: 0 },
    { text: 'hvordan søger jeg boligstøtte', danger: 0 },
  ];
  const settings = { bits: 10, epochs: 30, learningRate: 0.3, l2: 1e-4, ordinaryWeight: 1.5, steps: 7, seed: 1 };

  it('gives the same model from the same messages, so a stale model can be found', () => {
    expect(trainRiskModel(messages, settings)).toEqual(trainRiskModel(messages, settings));
  });

  it('learns to tell the two kinds of message apart', () => {
    const model = trainRiskModel(messages, settings);
    expect(riskProbability(model, 'han trækker ikke vejret')).toBeGreaterThan(0.8);
    expect(riskProbability(model, 'jeg skal have nyt pas')).toBeLessThan(0.2);
  });
});
