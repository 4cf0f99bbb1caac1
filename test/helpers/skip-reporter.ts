// A vitest reporter that prints, after the run, one line per skipped suite or test with the reason
// its name carries ("store commands on postgres (skipped: PostgreSQL is not reachable …)"), so the
// skip reasons the README promises are visible in `npm test` output.
import type { RunnerTask, RunnerTestFile } from 'vitest'
import type { Reporter } from 'vitest/reporters'

/** The skipped tasks of a tree, not descending into a skipped suite. */
function skipped(task: RunnerTask, out: string[]): void {
  if (task.mode === 'skip' || task.mode === 'todo' || task.result?.state === 'skip') {
    out.push(task.name)
    return
  }
  if ('tasks' in task) for (const child of task.tasks) skipped(child, out)
}

export default class SkipReasonReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const lines = new Set<string>()
    for (const file of files) {
      const names: string[] = []
      for (const task of file.tasks) skipped(task, names)
      for (const name of names) lines.add(`skipped: ${file.name}: ${name}`)
    }
    if (lines.size > 0) process.stdout.write(`\n${[...lines].join('\n')}\n`)
  }
}
