/**
 * Types for the two files of @mozilla/readability that shared/domain/html.ts imports directly: the
 * package's index also pulls in isProbablyReaderable and ships no types for its own small DOM.
 * Only what html.ts uses is typed; the DOM shape itself is described there.
 */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export = Readability;
}

declare module '@mozilla/readability/JSDOMParser.js' {
  /** Readability's own DOM (the one its test suite runs on); `parse` expects well-formed markup. */
  class JSDOMParser {
    parse(html: string, url?: string): unknown;
  }
  export = JSDOMParser;
}
