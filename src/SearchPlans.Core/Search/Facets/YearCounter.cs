using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPlans.Index;

namespace SearchPlans.Search.Facets;

/// <summary>Counts the numeric year doc values, skipping documents of plans with no year.</summary>
internal sealed class YearCounter
{
    private readonly Dictionary<long, int> years = [];
    private NumericDocValues? segmentYears;
    private IBits? segmentHasYear;

    public void StartSegment(AtomicReader reader)
    {
        segmentYears = reader.GetNumericDocValues(IndexFields.Year);
        segmentHasYear = reader.GetDocsWithField(IndexFields.Year);
    }

    public void Collect(int doc)
    {
        if (segmentYears is null || segmentHasYear is null || !segmentHasYear.Get(doc))
            return;
        var year = segmentYears.Get(doc);
        years[year] = years.GetValueOrDefault(year) + 1;
    }

    public IReadOnlyList<FacetCount> Counts() =>
        FacetCounts.Ordered(years.Select(y => KeyValuePair.Create(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)));
}
