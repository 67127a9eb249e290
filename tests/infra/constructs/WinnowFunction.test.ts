import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { WinnowFunction } from '../../../infra/constructs/WinnowFunction';
import { STUB_ENTRY } from '../helpers';

function prepare() {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Test');
  const table = new Table(stack, 'Things', { partitionKey: { name: 'id', type: AttributeType.STRING } });
  table.addGlobalSecondaryIndex({ indexName: 'byName', partitionKey: { name: 'name', type: AttributeType.STRING } });
  const fn = new WinnowFunction(stack, 'Fn', { entry: STUB_ENTRY });
  return { stack, table, fn };
}

function policyJson(stack: Stack): string {
  return JSON.stringify(Template.fromStack(stack).findResources('AWS::IAM::Policy'));
}

describe('Class: WinnowFunction', () => {
  it('sets the table env var and the grant in one call', () => {
    // Prepare
    const { stack, table, fn } = prepare();
    // Act
    fn.bindTable(table, 'ARTICLES_TABLE', 'write');
    // Assess
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ ARTICLES_TABLE: { Ref: Match.stringLikeRegexp('^Things') } }) } });
    expect(policyJson(stack)).toContain('dynamodb:PutItem');
    expect(policyJson(stack)).not.toContain('dynamodb:Query');
    expect(policyJson(stack)).not.toContain('/index/*');
  });

  it('includes the table indexes only when asked', () => {
    // Prepare
    const { stack, table, fn } = prepare();
    // Act
    fn.bindTable(table, 'ARTICLES_TABLE', 'read', { includeIndexes: true });
    // Assess
    expect(policyJson(stack)).toContain('/index/*');
    expect(policyJson(stack)).toContain('dynamodb:Query');
  });

  it('grants object access plus ListBucket on a bound bucket, and no other bucket action', () => {
    // Prepare
    const { stack, fn } = prepare();
    const bucket = new Bucket(stack, 'Store');
    // Act
    fn.bindBucket(bucket, 'PROCESSED_BUCKET', 'read');
    // Assess
    const statements = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
      .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
      .filter((a) => a.startsWith('s3:'));
    expect(statements.sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('writes to its own log group through an explicit role without managed policies', () => {
    // Prepare
    const { stack } = prepare();
    // Act
    const template = Template.fromStack(stack);
    // Assess
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    expect(policyJson(stack)).toContain('logs:PutLogEvents');
  });
});
