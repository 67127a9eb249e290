import { ARTICLE_SUMMARY_ATTRIBUTES, ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE } from '#schema';
import { createTableInput, localTableNames, tableEnvironment } from '../../../scripts/local/createTables';

describe('Function: createTableInput', () => {
  it('builds the Comments table from functions/schema/tables.ts', () => {
    // Act
    const input = createTableInput(COMMENTS_TABLE, 'local-Comments');
    // Assess
    expect(input).toMatchObject({
      TableName: 'local-Comments',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'articleId', KeyType: 'HASH' },
        { AttributeName: 'commentId', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byAuthor',
          KeySchema: [
            { AttributeName: 'authorKey', KeyType: 'HASH' },
            { AttributeName: 'authorSortKey', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(input.AttributeDefinitions?.map((attribute) => attribute.AttributeName).sort()).toEqual(['articleId', 'authorKey', 'authorSortKey', 'commentId']);
  });

  it('projects only the summary attributes into the Articles index byDay', () => {
    // Act
    const [byDay] = createTableInput(ARTICLES_TABLE, 'local-Articles').GlobalSecondaryIndexes ?? [];
    // Assess: the summary, never the body
    expect(byDay?.IndexName).toBe('byDay');
    expect(byDay?.Projection).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: [...ARTICLE_SUMMARY_ATTRIBUTES] });
    expect(byDay?.Projection?.NonKeyAttributes).not.toContain('body');
  });

  it('leaves the stream off where the definition says so', () => {
    expect(createTableInput(INGESTIONS_TABLE, 'x').StreamSpecification).toBeUndefined();
  });
});

describe('Function: tableEnvironment', () => {
  it('maps each table env var to its local name', () => {
    expect(tableEnvironment(localTableNames('dev-'))).toEqual({
      [ARTICLES_TABLE.envVar]: 'dev-Articles',
      [COMMENTS_TABLE.envVar]: 'dev-Comments',
      [INGESTIONS_TABLE.envVar]: 'dev-Ingestions',
    });
  });
});
