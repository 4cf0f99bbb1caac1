// `communique eval`: placeholder until the command lands.
import type { Command } from 'commander'
import type { CliContext } from '../program.js'

/** Registers `eval`. */
export function register(_program: Command, _ctx: CliContext): void {}
