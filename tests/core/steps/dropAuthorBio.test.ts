import { dropAuthorBio } from '#core/steps/dropAuthorBio';

const BODY = ['The harbour board agreed on Tuesday to raise mooring fees.', 'Sailors said the rise was unfair.'];

describe('Function: dropAuthorBio', () => {
  it('drops a closing author box: the name, the role and the bio', () => {
    // Prepare
    const paragraphs = [...BODY, 'Petra Holm', 'Senior Reporter', 'Petra has covered the coast for ten years and lives in Kiel.'];

    // Act
    const kept = dropAuthorBio(paragraphs, ['Petra Holm']);

    // Assess
    expect(kept).toEqual(BODY);
  });

  it('drops a one-line bio that opens with the first name and says who the author is', () => {
    // Act
    const kept = dropAuthorBio([...BODY, 'Petra writes about ports and shipping.'], ['Petra Holm']);

    // Assess
    expect(kept).toEqual(BODY);
  });

  it('keeps a closing paragraph that only mentions the author', () => {
    // Prepare
    const paragraphs = [...BODY, 'Asked about the fees, the harbour master told Petra Holm he had no choice.'];

    // Act
    const kept = dropAuthorBio(paragraphs, ['Petra Holm']);

    // Assess
    expect(kept).toEqual(paragraphs);
  });

  it('keeps everything when no author is known', () => {
    // Act
    const kept = dropAuthorBio([...BODY, 'Petra Holm is a reporter.'], []);

    // Assess
    expect(kept).toHaveLength(3);
  });
});

describe('Function: dropAuthorBio (signature)', () => {
  it('drops the authors signing off at the end, but not a closing sentence that names one', () => {
    // Prepare
    const signed = [...BODY, 'Claire Dumoulin (Vernoux-sur-Arvelle, envoyée spéciale) et Mathieu Ravel'];
    const sentence = [...BODY, 'Claire Dumoulin reported from the harbour office on Tuesday.'];

    // Act
    const kept = [dropAuthorBio(signed, ['Claire Dumoulin', 'Mathieu Ravel']), dropAuthorBio(sentence, ['Claire Dumoulin'])];

    // Assess
    expect(kept).toEqual([BODY, sentence]);
  });
});

describe('Function: dropAuthorBio (a labelled box)', () => {
  it('drops "About the author: Name is …" under the text', () => {
    // Prepare
    const paragraphs = ['First paragraph of the post.', 'Second paragraph of the post.', 'About the author: Daniel Whitcomb is a fellow at a trade institute.'];

    // Act / Assess
    expect(dropAuthorBio(paragraphs, ['Daniel Whitcomb'])).toEqual(paragraphs.slice(0, 2));
  });
});
