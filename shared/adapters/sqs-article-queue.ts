/**
 * The ArticleQueue port on SQS: the API and the feed poller queue articles for the ingest function
 * (API -> SQS -> ingest function, so bursts are absorbed). Messages are built by
 * `toArticleMessage`, the format the ingest handler parses. Every message is sized before any is
 * sent, so an article too large for SQS rejects the whole request with nothing queued.
 */
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { ArticleQueue, QueuedArticle } from '../app/submit-articles.js';
import { InvalidInputError } from '../domain/errors.js';
import { toArticleMessage } from './article-message.js';

export interface SqsArticleQueueOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  /** The queue's MaximumMessageSize in bytes. @default 262144 (the SQS default) */
  readonly maxMessageBytes?: number;
}

/** SendMessageBatch takes at most 10 entries. */
const BATCH_ENTRIES = 10;

/**
 * An SQS client for the queue producers, built once at module scope.
 * @example
 * const sqs = createSqsClient(config.region);
 */
export function createSqsClient(region: string): SQSClient {
  return new SQSClient({ region });
}

/**
 * @example
 * const queue = new SqsArticleQueue({ sqs: createSqsClient(region), queueUrl: process.env.INGEST_QUEUE_URL });
 * await queue.enqueue([article]);
 */
export class SqsArticleQueue implements ArticleQueue {
  readonly #sqs: SQSClient;
  readonly #queueUrl: string;
  readonly maxMessageBytes: number;

  constructor(options: SqsArticleQueueOptions) {
    this.#sqs = options.sqs;
    this.#queueUrl = options.queueUrl;
    this.maxMessageBytes = options.maxMessageBytes ?? 262_144;
  }

  oversize(article: QueuedArticle): number | null {
    const bytes = Buffer.byteLength(toArticleMessage(article.input, article.checked), 'utf8');
    return bytes > this.maxMessageBytes ? bytes : null;
  }

  async enqueue(articles: readonly QueuedArticle[]): Promise<void> {
    const messages = articles.map((article, index) => {
      const body = toArticleMessage(article.input, article.checked);
      const bytes = Buffer.byteLength(body, 'utf8');
      if (bytes > this.maxMessageBytes) {
        const where = articles.length === 1 ? 'the article' : `articles[${index}]`;
        throw new InvalidInputError(
          `${where} is ${bytes} bytes as a queue message, over the ${this.maxMessageBytes}-byte limit; split the article or shorten it`,
        );
      }
      return { body, bytes };
    });
    // Batches bounded by entry count and by the total size SQS accepts per request.
    let batch: { Id: string; MessageBody: string }[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const result = await this.#sqs.send(
        new SendMessageBatchCommand({ QueueUrl: this.#queueUrl, Entries: batch }),
      );
      if (result.Failed && result.Failed.length > 0) {
        throw new Error(`SQS refused ${result.Failed.length} of ${batch.length} article messages`);
      }
      batch = [];
      batchBytes = 0;
    };
    for (const [index, message] of messages.entries()) {
      if (batch.length === BATCH_ENTRIES || batchBytes + message.bytes > this.maxMessageBytes) await flush();
      batch.push({ Id: String(index), MessageBody: message.body });
      batchBytes += message.bytes;
    }
    await flush();
  }
}
