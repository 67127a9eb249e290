/**
 * The DynamoDB clients, created once per Lambda container. Local runs point them at
 * DynamoDB Local with the SDK's standard AWS_ENDPOINT_URL_DYNAMODB variable.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const dynamoClient = new DynamoDBClient({
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000 },
});

export const documentClient = DynamoDBDocumentClient.from(dynamoClient, {
  marshallOptions: { removeUndefinedValues: true },
});
