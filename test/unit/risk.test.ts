/**
 * The risk detector's logic, on a small vocabulary written here so each rule is tested on its own,
 * and the shipped vocabulary on the kinds of sentences it must catch and must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { assessRisk, riskWords, withinOneEdit, type CompiledRisk } from '../../widget/src/core/risk.ts';
import { lix } from '../../knowledge/compiler/lix.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

const vocabulary: CompiledRisk = {
  numbers: [
    { id: 'livslinien', label: 'Livslinien', phone: '70 201 201', when: 'Tal med nogen.' },
    { id: 'alarm-112', label: 'Alarm 112', phone: '112', when: 'Ring nu.' },
  ],
  kinds: [
    { id: 'medical', name: 'Sygdom', numbers: ['alarm-112'], clear: ['trækker ikke vejret', 'ondt i brystet', '$person + bevidstløs'], possible: ['svarer ikke', 'er faldet'], weak: ['bange'] },
    { id: 'suicide', name: 'Selvmord', numbers: ['livslinien', 'alarm-112'], clear: ['vil ikke leve'], possible: ['kan ikke mere'], weak: ['bange'] },
  ],
  markers: { now: ['lige nu'], notNow: ['for * år siden'], errand: ['kursus'], figurative: ['dør af grin'] },
  spellings: { ikke: ['ikk'] },
  notTypos: ['skriver'],
  concepts: { person: ['mor', 'far'] },
};
const tier = (text: string) => assessRisk(vocabulary, text).tier;

describe('assessRisk: the rules', () => {
  it('finds clear danger at tier 1 and possible danger at tier 2', () => {
    expect(tier('han trækker ikke vejret')).toBe(1);
    expect(tier('hun svarer ikke på mine beskeder om middagen')).toBe(2);
    expect(tier('jeg skal flytte')).toBe(0);
  });

  it('adds possible signs up to tier 1, but weak signs alone raise nothing', () => {
    expect(tier('min mor er faldet i køkkenet og hun svarer ikke')).toBe(1);
    expect(tier('jeg er lidt bange for eksamen i morgen, hvad kan jeg læse')).toBe(0);
  });

  it('reads a message of a few words with a possible sign as tier 1: people in danger type little', () => {
    expect(tier('svarer ikke')).toBe(1);
    expect(tier('kan ikke mere')).toBe(1);
  });

  it('ignores a sign right after a negation', () => {
    expect(tier('han har ikke ondt i brystet længere men vil høre om genoptræning')).toBe(0);
  });

  it('drops danger in the past unless the text also says now, and keeps suicidal thoughts at tier 2', () => {
    expect(tier('min far trækker ikke vejret')).toBe(1);
    expect(tier('for to år siden trak min far ikke vejret og blev genoplivet, kan han få en hjertestarter')).toBe(0);
    expect(tier('for to år siden var det slemt, og lige nu trækker han ikke vejret')).toBe(1);
    expect(tier('for fem år siden skrev jeg at jeg ikke vil leve, kan jeg få en psykolog')).toBe(2);
  });

  it('caps an errand at tier 2 and needs more than one possible sign for it', () => {
    expect(tier('kursus i hvad man gør når nogen trækker ikke vejret')).toBe(2);
    expect(tier('kursus for folk der svarer ikke på mails')).toBe(0);
  });

  it('removes figures of speech before matching', () => {
    expect(tier('jeg dør af grin, min mor er bevidstløs af træthed efter festen haha')).toBe(1);
    expect(assessRisk({ ...vocabulary, kinds: [{ ...vocabulary.kinds[0], clear: ['dør'] }] }, 'jeg dør af grin').tier).toBe(0);
  });

  it('meets æ/ø/å written as ae/oe/aa or a/o/a, inflections, one typo in a long word, and ikke before the verb', () => {
    expect(tier('han traekker ikk vejret')).toBe(1);
    expect(tier('han trakker ikke vejret')).toBe(1);
    expect(tier('jeg tror at han ikke trækker vejret')).toBe(1);
    expect(tier('far bevidstlos')).toBe(1);
    expect(tier('far bevidstløss')).toBe(1);
  });

  it('never reads a typo in the first letter or a word listed as literal', () => {
    const strict: CompiledRisk = { ...vocabulary, kinds: [{ ...vocabulary.kinds[0], clear: ['skriger'], possible: [] }] };
    expect(assessRisk(strict, 'hun skriger').tier).toBe(1);
    expect(assessRisk(strict, 'hun skriver til kommunen').tier).toBe(0);
    expect(assessRisk(strict, 'hun vkriger').tier).toBe(0);
  });

  it('expands $concepts and never lets a phrase cross the end of a sentence', () => {
    expect(tier('far er bevidstløs')).toBe(1);
    expect(tier('naboen er bevidstløs')).toBe(2 - 2);
    expect(tier('hun trækker. ikke vejret er godt i dag')).toBe(0);
  });

  it('counts a sign written under two kinds once, and lists 112 first among the numbers', () => {
    expect(tier('bange bange')).toBe(0);
    const found = assessRisk(vocabulary, 'jeg vil ikke leve');
    expect(found.kinds).toEqual(['suicide']);
    expect(found.numbers.map((number) => number.phone)).toEqual(['112', '70 201 201']);
    expect(found.evidence).toEqual(['suicide: vil ikke leve']);
  });

  it('finds nothing without a vocabulary, so a knowledge file without one never breaks a query', () => {
    expect(assessRisk(undefined, 'han trækker ikke vejret')).toMatchObject({ tier: 0, numbers: [] });
  });
});

describe('word helpers', () => {
  it('folds letters and digraphs the same way on both sides', () => {
    expect(riskWords('Søen, SOEEN og soen')).toEqual(['son', '', 'son', 'og', 'son']);
    expect(riskWords("can't")).toEqual(['cant']);
  });

  it('allows one insert, delete, substitution or swap', () => {
    expect(withinOneEdit('vejret', 'vejert')).toBe(true);
    expect(withinOneEdit('vejret', 'vejet')).toBe(true);
    expect(withinOneEdit('vejret', 'vjerte')).toBe(false);
  });
});

describe('the shipped vocabulary', () => {
  let knowledge: CompiledKnowledge;
  beforeAll(async () => { knowledge = await realKnowledge(); });
  const assess = (text: string) => assessRisk(knowledge.risk, text);

  it.each([
    ['min far er faldet og kan ikke rejse sig og taler mærkeligt', 'medical'],
    ['der kommer røg ud under døren hos naboen', 'fire'],
    ['jeg kan ikke mere, jeg vil ikke leve', 'suicide'],
    ['han står nede på gaden og siger han slår mig ihjel', 'violence'],
    ['min lille pige har spist nogle af mormors piller', 'poisoning'],
    ["there's a man in my garden with a knife", 'violence'],
    ['drengen ovenpå har været alene i tre dage', 'child'],
  ])('"%s" is tier 1 (%s)', (text, kind) => {
    const found = assess(text);
    expect(found.tier).toBe(1);
    expect(found.kinds).toContain(kind);
    expect(found.numbers[0].phone).toBe('112');
  });

  it.each([
    'jeg blev slået af min eks for to år siden, kan jeg få hemmelig adresse',
    'jeg skal flytte fra krisecentret til egen lejlighed',
    'min mor døde i sidste uge, hvordan søger vi begravelseshjælp',
    'skal der være røgalarm i en lejebolig',
    'jeg dør af grin over jeres hjemmeside',
    'vi skal giftes på rådhuset',
  ])('"%s" raises nothing', (text) => {
    expect(assess(text).tier).toBe(0);
  });

  it('says when to call each number in plain Danish (LIX 40 or below)', () => {
    for (const { label, when } of knowledge.risk!.numbers) expect(lix(when).score, label).toBeLessThanOrEqual(40);
  });

  it('matches the numbers to the danger: Livslinien for suicide, the child line and the social emergency line for a child', () => {
    const phones = (text: string) => assess(text).numbers.map((number) => number.phone);
    expect(phones('jeg vil tage mit eget liv i aften')).toEqual(['112', '70 201 201']);
    expect(phones('naboens børn har været alene i flere dage')).toEqual(['112', '12 34 00 00', '116 111']);
  });

  it('reads the more specific sign first: "slå mig selv ihjel" is suicide, not a threat, and gets Livslinien', () => {
    const found = assess('jeg vil slå mig selv ihjel');
    expect(found).toMatchObject({ tier: 1, kinds: ['suicide'] });
    expect(found.numbers.map((number) => number.phone)).toEqual(['112', '70 201 201']);
  });

  it('keeps the numbers for a threat told inside an errand, and the emergency route for a few direct words', () => {
    expect(assess('min eks truer mig hele tiden, hvordan får jeg hemmelig adresse').tier).toBe(2);
    expect(assess('jeg vil tage mit eget liv').tier).toBe(1);
    expect(assess('vold i hjemmet').tier).toBe(1);
  });
});
