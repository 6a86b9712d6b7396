/**
 * Placeholder for the feed-poller Lambda handler so the CDK app can synthesize before the real one lands;
 * its owner replaces this file. No behaviour lives here.
 */
export const handler = async (): Promise<void> => {
  console.log('feed-poller handler: not implemented');
};
