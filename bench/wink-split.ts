// Reference point: how fast wink-nlp (the NLP library the issue suggests) only splits the UN set into sentences.
import { readFileSync } from 'node:fs'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { isMain, peakRssMb, report, timed, unFiles } from './common.js'

/** Runs wink-nlp's sentence splitting over the UN set and reports its speed. */
export async function benchWinkSplit(): Promise<void> {
  const texts = unFiles().map((f) => readFileSync(f, 'utf8'))
  const nlp = winkNLP(model)
  nlp.readDoc(texts[0]!).sentences().length()
  const run = timed(() => texts.reduce((n, t) => n + nlp.readDoc(t).sentences().length(), 0))
  report('bare pass with wink-nlp (sentences only)', {
    sentences: run.value,
    'wall s': run.wall.toFixed(2),
    'cpu s': run.cpu.toFixed(2),
    'sentences/s': Math.round(run.value / run.cpu),
    'peak RSS MB': peakRssMb(),
  })
}

if (isMain(import.meta.url)) await benchWinkSplit()
