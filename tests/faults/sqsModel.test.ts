/** The in-process SQS model used by the fault matrix and the load run. */
import type { SQSEvent } from 'aws-lambda';
import { InProcessQueue, MAX_RECEIVE_COUNT } from './sqsModel';

describe('InProcessQueue', () => {
  it('deletes messages the handler does not list as failed', async () => {
    // Prepare
    const queue = new InProcessQueue();
    queue.send({ n: 1 });
    queue.send({ n: 2 });
    // Act
    const stats = await queue.drain(async () => ({ batchItemFailures: [] }));
    // Assess
    expect(stats).toEqual({ invocations: 1, receives: 2, deleted: 2 });
    expect(queue.depth).toBe(0);
  });

  it('redelivers a failing message with a rising receive count, then moves it to the DLQ', async () => {
    // Prepare
    const queue = new InProcessQueue();
    const poison = queue.send('poison');
    queue.send('fine');
    const counts: string[] = [];
    // Act
    const stats = await queue.drain(async (event: SQSEvent) => {
      const failing = event.Records.filter((record) => record.messageId === poison);
      counts.push(...failing.map((record) => record.attributes.ApproximateReceiveCount));
      return { batchItemFailures: failing.map((record) => ({ itemIdentifier: record.messageId })) };
    });
    // Assess
    expect(counts).toEqual(['1', '2', '3', '4', '5']);
    expect(queue.deadLetters).toEqual([{ messageId: poison, body: 'poison', receiveCount: MAX_RECEIVE_COUNT }]);
    expect(stats.deleted).toBe(1);
  });

  it('fails the whole batch when the handler throws', async () => {
    // Prepare
    const queue = new InProcessQueue(2);
    queue.send('a');
    // Act
    await queue.drain(async () => {
      throw new Error('crash');
    });
    // Assess
    expect(queue.deadLetters).toHaveLength(1);
  });
});
