using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPlans.Search;

/// <summary>
/// Matches what <see cref="Scored"/> matches and scores it as that query does, except that a document
/// <see cref="Unless"/> also matches gains nothing (it still matches, with a score of 0). Within a sum of optional
/// clauses that is the same as <c>+scored -unless</c>, without its cost: a prohibited clause makes the scorer walk past
/// every excluded match to the next it may return, and in the second pass, over the best matches of a query, most
/// documents hold what is excluded, so that walk crossed most of the index for every one of them.
/// </summary>
internal sealed class ScoredUnlessQuery(Query scored, Query unless) : Query
{
    public Query Scored { get; } = scored;

    public Query Unless { get; } = unless;

    public override Query Rewrite(IndexReader reader)
    {
        var scoredRewritten = Scored.Rewrite(reader);
        var unlessRewritten = Unless.Rewrite(reader);
        if (ReferenceEquals(scoredRewritten, Scored) && ReferenceEquals(unlessRewritten, Unless))
            return this;
        return new ScoredUnlessQuery(scoredRewritten, unlessRewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Scored.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new UnlessWeight(this, Scored.CreateWeight(searcher), Unless.CreateWeight(searcher));

    public override string ToString(string field) => $"({Scored.ToString(field)}) unless ({Unless.ToString(field)}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is ScoredUnlessQuery other && base.Equals(other) && Scored.Equals(other.Scored) && Unless.Equals(other.Unless);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Scored, Unless);

    private sealed class UnlessWeight(ScoredUnlessQuery query, Weight scored, Weight unless) : Weight
    {
        public override Query Query => query;

        // The excluded query only says where the score is dropped; like a prohibited clause, it adds no weight.
        public override float GetValueForNormalization() => scored.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            scored.Normalize(norm, topLevelBoost * query.Boost);
            unless.Normalize(norm, topLevelBoost * query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var inner = scored.GetScorer(context, acceptDocs);
            return inner is null ? null : new UnlessScorer(this, inner, unless.GetScorer(context, acceptDocs));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var inner = scored.Explain(context, doc);
            if (!inner.IsMatch || !unless.Explain(context, doc).IsMatch)
                return inner;
            var dropped = new ComplexExplanation(true, 0f, "nothing gained: the excluded query matches");
            dropped.AddDetail(inner);
            return dropped;
        }
    }

    private sealed class UnlessScorer(Weight weight, Scorer scored, Scorer? unless) : Scorer(weight)
    {
        public override int DocID => scored.DocID;

        public override int NextDoc() => scored.NextDoc();

        public override int Advance(int target) => scored.Advance(target);

        public override long GetCost() => scored.GetCost();

        public override int Freq => scored.Freq;

        // Called at most once a document, in increasing order, so the excluded scorer only ever moves forward.
        public override float GetScore()
        {
            var doc = scored.DocID;
            if (unless is not null && (unless.DocID < doc ? unless.Advance(doc) : unless.DocID) == doc)
                return 0f;
            return scored.GetScore();
        }

        public override ICollection<ChildScorer> GetChildren() => [new ChildScorer(scored, "MUST")];
    }
}
