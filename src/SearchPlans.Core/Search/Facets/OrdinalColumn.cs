using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPlans.Search.Facets;

/// <summary>A single-valued facet of one segment: each document's ordinal (-1 for none) and each ordinal's name.</summary>
internal sealed class OrdinalColumn(int[] ordinals, string[] names)
{
    public string[] Names { get; } = names;

    public int OrdinalOf(int doc) => ordinals[doc];

    public static OrdinalColumn FromSorted(AtomicReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        if (reader.GetSortedDocValues(field) is not { } values)
        {
            Array.Fill(ordinals, -1);
            return new OrdinalColumn(ordinals, []);
        }
        for (var doc = 0; doc < ordinals.Length; doc++)
            ordinals[doc] = values.GetOrd(doc);
        var names = new string[values.ValueCount];
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
        {
            values.LookupOrd(ordinal, name);
            names[ordinal] = name.Utf8ToString();
        }
        return new OrdinalColumn(ordinals, names);
    }

    /// <summary>A numeric field (the plan's year) with each distinct number as an ordinal; documents without one have none.</summary>
    public static OrdinalColumn FromYears(AtomicReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        Array.Fill(ordinals, -1);
        if (reader.GetNumericDocValues(field) is not { } values || reader.GetDocsWithField(field) is not { } present)
            return new OrdinalColumn(ordinals, []);
        var distinct = new Dictionary<long, int>();
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            if (!present.Get(doc))
                continue;
            var value = values.Get(doc);
            if (!distinct.TryGetValue(value, out var ordinal))
                distinct[value] = ordinal = distinct.Count;
            ordinals[doc] = ordinal;
        }
        var names = new string[distinct.Count];
        foreach (var (value, ordinal) in distinct)
            names[ordinal] = value.ToString(CultureInfo.InvariantCulture);
        return new OrdinalColumn(ordinals, names);
    }
}

/// <summary>A multi-valued facet of one segment: document d's ordinals are ordinals[starts[d]..starts[d + 1]].</summary>
internal sealed class OrdinalSetColumn(int[] starts, int[] ordinals, string[] names)
{
    public string[] Names { get; } = names;

    public ReadOnlySpan<int> OrdinalsOf(int doc) => ordinals.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

    public static OrdinalSetColumn FromSortedSet(AtomicReader reader, string field)
    {
        var starts = new int[reader.MaxDoc + 1];
        if (reader.GetSortedSetDocValues(field) is not { } values)
            return new OrdinalSetColumn(starts, [], []);
        var ordinals = new List<int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            values.SetDocument(doc);
            for (var ordinal = values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = values.NextOrd())
                ordinals.Add((int)ordinal);
            starts[doc + 1] = ordinals.Count;
        }
        var names = new string[values.ValueCount];
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
        {
            values.LookupOrd(ordinal, name);
            names[ordinal] = name.Utf8ToString();
        }
        return new OrdinalSetColumn(starts, [.. ordinals], names);
    }
}
