import { CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The cdk-nag finding id for a wildcard under a resource's ARN, e.g.
 * `AwsSolutions-IAM5[Resource::<UploadBucket1234.Arn>/incoming/*]`, so an acknowledgement covers
 * that one wildcard and nothing else in the same policy.
 */
export function wildcardUnderArn(resource: IConstruct, suffix: string): string | undefined {
  const cfn = resource.node.defaultChild;
  if (!CfnElement.isCfnElement(cfn)) return undefined; // imported resource: its ARN is not a GetAtt
  const stack = Stack.of(cfn);
  const logicalId: unknown = stack.resolve(stack.getLogicalId(cfn));
  return `AwsSolutions-IAM5[Resource::<${String(logicalId)}.Arn>${suffix}]`;
}

/** Acknowledges one cdk-nag finding on `scope` and its children, with the reason a reviewer reads. */
export function acknowledge(scope: IConstruct, id: string | undefined, reason: string): void {
  if (id !== undefined) Validations.of(scope).acknowledge({ id, reason });
}
