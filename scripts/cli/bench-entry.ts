/**
 * What the benchmark measures, bundled with the code it measures so that postal-mime alone and
 * the whole classification run the same postal-mime with the same Blob: bundled for node with
 * the command-line Blob (scripts/cli/fast-blob.ts), for node with node's own Blob, and for
 * Chromium (scripts/cli/bench-browser.ts), where the extension's classifier really runs.
 */
import PostalMime from 'postal-mime';
import { classifyBounce } from '../../lib/bounce';

/** postal-mime's parse with the options the classifier uses (lib/bounce/parse.ts). */
const parseOptions = { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer', maxNestingDepth: 50 } as const;

export interface Measurement {
  /** Milliseconds per mail of the first (cold) pass. */
  coldParse: number[];
  coldClassify: number[];
  /** Per mail, the least of the warm passes (the least disturbed measurement). */
  parse: number[];
  classify: number[];
}

/**
 * Times postal-mime's parse and the whole classification of every mail: a cold pass of each,
 * three warm-up passes, then `rounds` passes in which each mail is parsed and classified back
 * to back, so that a busy machine slows both alike. `sample` is called after every mail (the
 * node runner samples memory there).
 */
export async function measure(mails: readonly Uint8Array[], rounds: number, sample: () => void = () => {}): Promise<Measurement> {
  const parse = (bytes: Uint8Array) => PostalMime.parse(bytes, parseOptions);
  const pass = async (fn: (bytes: Uint8Array) => Promise<unknown>): Promise<number[]> => {
    const times: number[] = [];
    for (const bytes of mails) {
      const started = performance.now();
      await fn(bytes);
      times.push(performance.now() - started);
      sample();
    }
    return times;
  };
  const coldParse = await pass(parse);
  const coldClassify = await pass(classifyBounce);
  for (let i = 0; i < 3; i++) {
    await pass(parse);
    await pass(classifyBounce);
  }
  const parseBest = mails.map(() => Infinity);
  const classifyBest = mails.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < mails.length; i++) {
      const bytes = mails[i] ?? new Uint8Array();
      let started = performance.now();
      await parse(bytes);
      parseBest[i] = Math.min(parseBest[i] ?? Infinity, performance.now() - started);
      started = performance.now();
      await classifyBounce(bytes);
      classifyBest[i] = Math.min(classifyBest[i] ?? Infinity, performance.now() - started);
    }
    sample();
  }
  return { coldParse, coldClassify, parse: parseBest, classify: classifyBest };
}
