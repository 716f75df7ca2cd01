import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import { serveClassifications, type WorkerScope } from '@/lib/classifier-host/worker';
import { WARM_UP_BOUNCE } from '@/lib/classifier-host/warm-up';
import { bytesToBase64 } from '@/lib/messaging/base64';
import type { JobAnswer } from '@/lib/classifier-host/jobs';

function fakeScope(): WorkerScope & { answers: JobAnswer[]; arrived: Promise<JobAnswer> } {
  let arrived: (answer: JobAnswer) => void = () => undefined;
  const scope = {
    onmessage: null as WorkerScope['onmessage'],
    answers: [] as JobAnswer[],
    arrived: new Promise<JobAnswer>((resolve) => (arrived = resolve)),
    postMessage(answer: JobAnswer) {
      scope.answers.push(answer);
      arrived(answer);
    },
  };
  return scope;
}

describe('the classifier worker', () => {
  it('warms up on a real bounce of ours: the parser and the decoders run before the first job', async () => {
    // A sample that did not read as a bounce would leave the decoders cold.
    const report = await classifyBounce(new TextEncoder().encode(WARM_UP_BOUNCE));
    expect(report.kind).toBe('bounce');
    expect(report.kind === 'bounce' && report.recipients.map((r) => [r.recipient, r.reason])).toEqual([['nobody@example.com', 'userunknown']]);
  });

  it('answers a job posted while it warms up, and posts nothing for the warm-up itself', async () => {
    const scope = fakeScope();
    const warming = serveClassifications(scope);
    scope.onmessage?.({ data: { id: 7, input: { rawBase64: bytesToBase64(new TextEncoder().encode(WARM_UP_BOUNCE)) } } });
    await warming;
    const answer = await scope.arrived;
    expect(answer.id).toBe(7);
    expect(answer.report.kind).toBe('bounce');
    expect(scope.answers).toHaveLength(1);
  });

  it('can start without the warm-up', async () => {
    const scope = fakeScope();
    await serveClassifications(scope, { warmUp: false });
    scope.onmessage?.({ data: { id: 1, input: { rendered: { body: 'hello', subject: '', from: '' } } } });
    expect((await scope.arrived).id).toBe(1);
  });
});
