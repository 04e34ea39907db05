using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>
/// Counts every matching document per jurisdiction and per year from doc values, not just the page of hits.
/// Jurisdictions are counted per segment by ordinal and turned into names once per segment, not once per hit.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> jurisdictions = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> years = [];
    private SortedDocValues? segmentJurisdictions;
    private int[] ordinalCounts = [];
    private NumericDocValues? segmentYears;
    private IBits? segmentHasYear;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        segmentJurisdictions = reader.GetSortedDocValues(IndexFields.Jurisdiction);
        ordinalCounts = new int[segmentJurisdictions?.ValueCount ?? 0];
        segmentYears = reader.GetNumericDocValues(IndexFields.Year);
        segmentHasYear = reader.GetDocsWithField(IndexFields.Year);
    }

    public void Collect(int doc)
    {
        if (segmentJurisdictions is not null && segmentJurisdictions.GetOrd(doc) is var ordinal and >= 0)
            ordinalCounts[ordinal]++;
        if (segmentYears is not null && segmentHasYear is not null && segmentHasYear.Get(doc))
        {
            var year = segmentYears.Get(doc);
            years[year] = years.GetValueOrDefault(year) + 1;
        }
    }

    public IReadOnlyList<FacetCount> Jurisdictions()
    {
        FlushSegment();
        return Ordered(jurisdictions.Select(j => new FacetCount(j.Key, j.Value)));
    }

    public IReadOnlyList<FacetCount> Years()
    {
        FlushSegment();
        return Ordered(years.Select(y => new FacetCount(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)));
    }

    private static List<FacetCount> Ordered(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();

    private void FlushSegment()
    {
        if (segmentJurisdictions is null)
            return;
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < ordinalCounts.Length; ordinal++)
        {
            if (ordinalCounts[ordinal] == 0)
                continue;
            segmentJurisdictions.LookupOrd(ordinal, name);
            var key = name.Utf8ToString();
            jurisdictions[key] = jurisdictions.GetValueOrDefault(key) + ordinalCounts[ordinal];
        }
        segmentJurisdictions = null;
        ordinalCounts = [];
    }
}
