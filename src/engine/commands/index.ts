// Entry point for commands built from pasted names, and for showing pasted text without hiding or
// running anything: what the page and the CLI use of src/engine/commands.
export { fill, fillCommand, type FilledCommand } from './fill';
export { hasInvisible, printable, revealInvisible } from './shell';
