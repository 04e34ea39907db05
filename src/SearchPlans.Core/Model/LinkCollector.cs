namespace SearchPlans.Model;

/// <summary>
/// Gathers links whose number is not known ahead as numbers, as they come from any order, and tables them ordered by
/// source id, then target id: linking keeps about 50 bytes a link this way, against about 340 as records with
/// evidence lists (docs/performance.md, issue 26).
/// </summary>
/// <remarks>Not safe on several threads at once: one thread adds what the others found.</remarks>
public sealed class LinkCollector
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    // In chunks: grown by doubling, the rows of a large run held three times their size at each growth.
    private readonly ChunkedList<Row> rows = new();
    private readonly ChunkedList<int> evidence = new();

    private readonly record struct Row(
        int Source, int Target, LinkKind Kind, Containment Relation, LinkConfidence Confidence,
        double Score, double SourceInTarget, double TargetInSource, int EvidenceStart, int EvidenceCount);

    public int Count => rows.Count;

    public void Add(RequirementLink link)
    {
        var start = evidence.Count;
        foreach (var term in link.Evidence)
            evidence.Add(Number(term));
        rows.Add(new Row(Number(link.Source), Number(link.Target), link.Kind, link.Relation, link.Confidence,
            link.Score, link.SourceInTarget, link.TargetInSource, start, evidence.Count - start));
    }

    /// <summary>The links in order of source id, then target id (ordinal), as linking has always stored them.</summary>
    public LinkTable ToTable()
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        Array.Sort(order, Compare);
        var table = new LinkTable.Builder(rows.Count);
        table.AddRange(order.Select(LinkAt));
        return table.Build();
    }

    // A pair of requirements is linked at most once, so the order is total; the position breaks ties all the same.
    private int Compare(int x, int y)
    {
        var bySource = string.CompareOrdinal(strings[rows[x].Source], strings[rows[y].Source]);
        if (bySource != 0)
            return bySource;
        var byTarget = string.CompareOrdinal(strings[rows[x].Target], strings[rows[y].Target]);
        return byTarget != 0 ? byTarget : x.CompareTo(y);
    }

    private RequirementLink LinkAt(int index)
    {
        var row = rows[index];
        var terms = new string[row.EvidenceCount];
        for (var k = 0; k < terms.Length; k++)
            terms[k] = strings[evidence[row.EvidenceStart + k]];
        return new RequirementLink(strings[row.Source], strings[row.Target], row.Kind, row.Relation, row.Score, row.SourceInTarget, row.TargetInSource, terms)
        {
            Confidence = row.Confidence,
        };
    }

    private int Number(string text)
    {
        if (!numbers.TryGetValue(text, out var number))
        {
            numbers[text] = number = strings.Count;
            strings.Add(text);
        }
        return number;
    }
}
