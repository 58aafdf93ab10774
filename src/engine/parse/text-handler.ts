// Lines that no parser recognises (commentary, other commands' output). They still reach the sink line by line.

import type { InputDocument } from '../records';
import type { DocHandler, ParseContext } from './handler';
import { makeDocument } from './handler';

export class TextHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly start: number;
  private end: number;
  private readonly title: string | undefined;
  private readonly single: boolean;

  /** `single`: a one-line document (kubectl's stderr) */
  constructor(ctx: ParseContext, no: number, title?: string, single = false) {
    this.ctx = ctx;
    this.start = no;
    this.end = no;
    this.title = title;
    this.single = single;
  }

  accept(no: number, text: string): boolean {
    if (this.single) return false;
    if (text.trim().length === 0) return true;
    if (this.ctx.startKind(text) !== null) return false;
    this.end = no;
    return true;
  }

  finish(): InputDocument {
    return makeDocument('text', this.start, this.end, this.ctx, this.title);
  }
}
