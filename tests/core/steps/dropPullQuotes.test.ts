import { dropPullQuotes } from '#core/steps/dropPullQuotes';

const P1 = 'Foresters first noticed thinning crowns on a handful of trees five years ago. “We are watching a slow-motion collapse of the oldest trees,” said the entomologist who led the survey.';
const P2 = 'The beetle lays its eggs under the bark, and its larvae carve galleries through the trunk.';

describe('Function: dropPullQuotes', () => {
  it('drops a short paragraph repeating a sentence of another, with or without its quote marks', () => {
    // Act
    const kept = dropPullQuotes([P1, '“We are watching a slow-motion collapse of the oldest trees,”', P2]);

    // Assess
    expect(kept).toEqual([P1, P2]);
  });

  it('drops a pull quote that ends its excerpt with a full stop where the sentence goes on', () => {
    // Prepare
    const source = '"We have no evidence that any vault has been decrypted, and the encryption would make that expensive," the officer said.';

    // Act
    const kept = dropPullQuotes([source, '“We have no evidence that any vault has been decrypted.”', P2]);

    // Assess
    expect(kept).toEqual([source, P2]);
  });

  it('keeps short paragraphs and subheadings that only share words with the text', () => {
    // Prepare
    const paragraphs = ['The vote', 'The vote was close, and the council will meet again in June to decide.', 'A second paragraph that repeats nothing at all from the others here.'];

    // Act
    const kept = dropPullQuotes(paragraphs);

    // Assess
    expect(kept).toEqual(paragraphs);
  });
});
