using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPlans.Units;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Each document's canonical units (the units of /units and `searchplans units`), as shared ordinals per segment: a
/// requirement counts once under its unit however many of the unit's spellings it prints, and a spelling filters by
/// its unit. Read through the id field's postings, since the directory names requirements by id.
/// </summary>
internal sealed class CanonicalUnitColumns
{
    private readonly OrdinalSetColumn[] segments;
    private readonly UnitDirectory directory;
    private readonly Dictionary<string, int> ordinalOfName;

    private CanonicalUnitColumns(OrdinalSetColumn[] segments, UnitDirectory directory, string[] names)
    {
        this.segments = segments;
        this.directory = directory;
        Names = names;
        ordinalOfName = names.Select((name, ordinal) => (name, ordinal)).ToDictionary(p => p.name, p => p.ordinal, StringComparer.Ordinal);
    }

    /// <summary>The units' names by ordinal, in ordinal (string) order.</summary>
    public string[] Names { get; }

    public OrdinalSetColumn For(AtomicReaderContext segment) => segments[segment.Ord];

    /// <summary>The documents naming the unit shown by, or spelled, <paramref name="name"/>; null when no unit has that name.</summary>
    public Filter? FilterFor(string name) =>
        directory.Find(name) is { } unit && ordinalOfName.TryGetValue(unit.Name, out var ordinal) ? new UnitOrdinalFilter(this, ordinal) : null;

    public static CanonicalUnitColumns Read(IList<AtomicReaderContext> leaves, UnitDirectory directory)
    {
        var names = directory.Units.Select(u => u.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ordinalOf = names.Select((name, ordinal) => (name, ordinal)).ToDictionary(p => p.name, p => p.ordinal, StringComparer.Ordinal);
        var unitsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var unit in directory.Units)
        {
            foreach (var requirementId in unit.Mentions.Select(m => m.RequirementId).Distinct(StringComparer.Ordinal))
            {
                if (!unitsOf.TryGetValue(requirementId, out var ordinals))
                    unitsOf[requirementId] = ordinals = [];
                if (!ordinals.Contains(ordinalOf[unit.Name]))
                    ordinals.Add(ordinalOf[unit.Name]);
            }
        }
        var segments = leaves.Select(leaf => Segment(leaf.AtomicReader, unitsOf)).ToArray();
        return new CanonicalUnitColumns(segments, directory, names);
    }

    private static OrdinalSetColumn Segment(AtomicReader reader, Dictionary<string, List<int>> unitsOf)
    {
        var byDoc = new int[reader.MaxDoc][];
        if (reader.GetTerms(Index.IndexFields.Id) is { } terms)
        {
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                if (!unitsOf.TryGetValue(termsEnum.Term.Utf8ToString(), out var ordinals))
                    continue;
                docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    byDoc[doc] = [.. ordinals.Order()];
            }
        }
        var starts = new int[reader.MaxDoc + 1];
        var all = new List<int>();
        for (var doc = 0; doc < byDoc.Length; doc++)
        {
            if (byDoc[doc] is { } ordinals)
                all.AddRange(ordinals);
            starts[doc + 1] = all.Count;
        }
        return new OrdinalSetColumn(starts, [.. all]);
    }

    /// <summary>The documents of one unit, read from the columns rather than the index, so the filter and the count agree.</summary>
    private sealed class UnitOrdinalFilter(CanonicalUnitColumns columns, int ordinal) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var column = columns.For(context);
            var reader = context.AtomicReader;
            var bits = new FixedBitSet(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((acceptDocs is null || acceptDocs.Get(doc)) && column.OrdinalsOf(doc).Contains(ordinal))
                    bits.Set(doc);
            }
            return bits;
        }
    }
}
