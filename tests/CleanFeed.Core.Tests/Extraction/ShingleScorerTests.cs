using CleanFeed.Core.Extraction.Evaluation;

namespace CleanFeed.Core.Tests.Extraction;

public class ShingleScorerTests
{
    [Fact]
    public void Scores_bags_of_four_word_shingles_per_page_and_takes_f1_from_the_averages()
    {
        // expected: "a b c d e f" → abcd, bcde, cdef; predicted adds "x" in front: xabc, abcd, bcde, cdef
        var one = ShingleScorer.ScorePage("one", "X, a b: c d e f", "a b c d e f");
        Assert.Equal((0.75, 1.0), (one.Precision, one.Recall));
        // a repeated paragraph counts twice (a bag, not a set): the prediction has every shingle of the expected text
        // and as many again
        var twice = ShingleScorer.ScorePage("twice", "one two three four\n\none two three four", "one two three four");
        Assert.Equal(1.0, twice.Recall);
        Assert.True(twice.Precision < 0.5);
        var empty = ShingleScorer.ScorePage("empty", "", "some words of the article");
        Assert.Equal((0.0, 0.0), (empty.Precision, empty.Recall));

        var score = ShingleScorer.Score([one, empty]);
        Assert.Equal(0.375, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2 * 0.375 * 0.5 / 0.875, score.F1, 6); // from the averages, not the mean of the pages' F1
        Assert.StartsWith("empty: precision 0.000 recall 0.000", score.WorstLines(1).Single());
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        var page = ShingleScorer.ScorePage("short", "Hello world", "hello, WORLD!");
        Assert.Equal((1.0, 1.0), (page.Precision, page.Recall));
    }
}
