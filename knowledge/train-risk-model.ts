/**
 * `npm run knowledge:risk-model` — trains the emergency detector's model on the development set
 * (test/quality) and the everyday queries (queries.tsv), and writes knowledge/risk-model.json.
 * Run it after changing either file; `npm run knowledge:risk` fails while the model is stale.
 * The held-out set is never trained on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTrainingMessages, trainRiskModel } from './risk-training.ts';

const messages = readTrainingMessages(join(import.meta.dirname, '..', 'test', 'quality', 'emergency-development.tsv'), join(import.meta.dirname, 'queries.tsv'));
const model = trainRiskModel(messages);
const danger = messages.filter((message) => message.danger).length;
writeFileSync(join(import.meta.dirname, 'risk-model.json'), `${JSON.stringify({
  about: 'Nødgenkendelsens model. Rediger ikke i hånden: den trænes med npm run knowledge:risk-model.',
  trainedOn: { danger, ordinary: messages.length - danger },
  ...model,
}, null, 2)}\n`);
console.log(`risk-model.json: ${danger} beskeder om fare og ${messages.length - danger} almindelige, ${1 << model.bits} vægte.`);
