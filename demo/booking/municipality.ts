/**
 * The municipality the service books for, read from the compiled knowledge (dist/vejviser/knowledge.json,
 * written by `npm run build`), so booking services, hours and holidays come from the same
 * municipality.yaml the widget shows.
 */
import { readFileSync } from 'node:fs';
import type { CompiledKnowledge, CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';

/** Reads the municipality from a compiled knowledge file; a clear message if it is not there yet. */
export function readMunicipality(knowledgeFile: string): CompiledMunicipality {
  let text: string;
  try {
    text = readFileSync(knowledgeFile, 'utf8');
  } catch {
    throw new Error(`Vidensbasen mangler: ${knowledgeFile}. Byg den først med npm run build.`);
  }
  const knowledge = JSON.parse(text) as CompiledKnowledge;
  if (knowledge.version !== 1 || !knowledge.municipality?.borgerservice) {
    throw new Error(`${knowledgeFile} er ikke en kompileret vidensbase (version 1). Byg igen med npm run build.`);
  }
  return knowledge.municipality;
}

/** Where appointments take place: "Borgerservice Eksempelby, Rådhustorvet 1, 9999 Eksempelby". */
export function locationOf(municipality: CompiledMunicipality): string {
  return `${municipality.borgerservice.name}, ${municipality.borgerservice.address}`;
}
