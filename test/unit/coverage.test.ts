import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

/** The required situations: the contract between knowledge, tests and the ask command. */
const requiredIds = `
flytning boligstoette boligindskud adressebeskyttelse bopaelsattest
sundhedskort eu-sygesikringskort skift-laege sygesikringsgruppe boernetandpleje
pas mistet-pas koerekort mitid id-kort straffeattest navneaendring
digital-post fritagelse-digital-post digital-fuldmagt hjaelp-til-digitalt
navngivning faderskab boerneydelse barsel pasning fripladstilskud skolestart
vielse skilsmisse boernebidrag doedsfald begravelseshjaelp
sygedagpenge kontanthjaelp ledig folkepension foertidspension enkeltudgifter skat ejendomsskat
hjemmehjaelp hjaelpemidler plejebolig
byggetilladelse affald rotter fejl-paa-vej lokalplan brevstemme ny-i-danmark
start-virksomhed sygedagpenge-refusion erhvervsaffald virksomhed-digital-post
lokaler foreningstilskud
bekymring-for-barn akut-hjaelp kontakt-borgerservice aktindsigt klage`.trim().split(/\s+/);

let knowledge: CompiledKnowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
});

describe('the shipped knowledge', () => {
  it('has every required situation', () => {
    const ids = knowledge.situations.map((s) => s.id);
    expect(requiredIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('gives every situation an English title and summary, at least 8 synonyms and a human alternative or phone route', () => {
    for (const situation of knowledge.situations) {
      expect(situation.en?.title, situation.id).toBeTruthy();
      expect(situation.en?.summary, situation.id).toBeTruthy();
      expect(situation.synonyms.length, situation.id).toBeGreaterThanOrEqual(8);
      expect(situation.alternatives.some((a) => a.channel !== 'information'), situation.id).toBe(true);
    }
  });

  it('has the local overlay a municipality needs: 112 first, a social emergency line, holidays, digital help, an interpreter route', () => {
    const { municipality } = knowledge;
    expect(municipality.emergency[0].phone).toBe('112');
    expect(municipality.emergency.length).toBeGreaterThanOrEqual(2);
    expect(municipality.borgerservice.exceptions.length).toBeGreaterThan(5);
    expect(municipality.digitalHelp.length).toBeGreaterThanOrEqual(2);
    expect(municipality.interpreter.length).toBeGreaterThan(10);
    for (const id of ['pas', 'koerekort', 'mitid', 'fritagelse-digital-post', 'hjaelp-til-selvbetjening', 'vielse']) {
      expect(municipality.bookingServices.map((s) => s.id)).toContain(id);
    }
    for (const id of ['pasning', 'skolestart', 'affald', 'rotter', 'fejl-paa-vej', 'lokaler']) {
      expect(municipality.localLinks[id], id).toMatch(/^https:\/\//);
    }
  });
});
