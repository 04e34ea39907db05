using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace SearchPlans.Analysis;

/// <summary>The whole value as one token: unit and jurisdiction names for exact filters.</summary>
public sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Folding ran first (char filter), so 县发改局（牵头） and 县发改局(牵头) are one value;
        // lower-casing makes the rare Latin letters in names match either way.
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(PlanAnalyzers.MatchVersion, source));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new SearchFoldingCharFilter(reader);
}
