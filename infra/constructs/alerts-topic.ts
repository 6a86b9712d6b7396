/**
 * The SNS topic every alert is published to (by the notifier) and that subscribers attach to (from
 * configuration or through the API), as a construct that owns its grants. Encrypted with the
 * stage's customer-managed messaging key; publishers must use TLS.
 */
import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct, type IConstruct } from 'constructs';

/** Properties of {@link AlertsTopic}. */
export interface AlertsTopicProps {
  /** Shown as the sender name of SMS and email. */
  readonly displayName: string;
  /** Customer-managed key that encrypts messages at rest. */
  readonly key: kms.IKey;
}

export class AlertsTopic extends Construct {
  public readonly topic: sns.Topic;
  public readonly key: kms.IKey;

  constructor(scope: Construct, id: string, props: AlertsTopicProps) {
    super(scope, id);
    this.key = props.key;
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: props.displayName,
      masterKey: props.key,
      enforceSSL: true,
    });
  }

  /**
   * Publish alerts: sns:Publish on this topic, and the two key actions SNS needs to encrypt them
   * (named, not `kms:GenerateDataKey*` as `grantPublish` would).
   */
  public grantPublishAlerts(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({ grantee, actions: ['sns:Publish'], resourceArns: [this.topic.topicArn] });
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resourceArns: [this.key.keyArn],
    });
  }

  /**
   * Manage subscriptions from the API: subscribe and list on this topic; unsubscribe and read a
   * subscription's attributes (its filter policy), which IAM only allows on `*`.
   */
  public grantManageSubscriptions(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['sns:Subscribe', 'sns:ListSubscriptionsByTopic'],
      resourceArns: [this.topic.topicArn],
    });
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['sns:Unsubscribe', 'sns:GetSubscriptionAttributes'],
      resourceArns: ['*'],
    });
    const principal: unknown = grantee.grantPrincipal;
    if (principal instanceof Construct) {
      Validations.of(principal as IConstruct).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'sns:Unsubscribe and sns:GetSubscriptionAttributes act on subscription ARNs and have no IAM resource type, so IAM only accepts "*" for them. The API subscription adapter reads each subscription TopicArn and refuses to unsubscribe one that is not on the alerts topic; Subscribe and ListSubscriptionsByTopic are scoped to that topic.',
      });
    }
  }
}
