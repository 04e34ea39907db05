using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPlans.Search.Facets;

/// <summary>A single-valued facet of one segment: each document's ordinal, or -1 for none.</summary>
internal sealed class OrdinalColumn(int[] ordinals)
{
    public int OrdinalOf(int doc) => ordinals[doc];

    /// <summary>Replaces each ordinal in place by <paramref name="renumbered"/>[ordinal]; returns this column.</summary>
    public OrdinalColumn Renumbered(int[] renumbered)
    {
        for (var doc = 0; doc < ordinals.Length; doc++)
            if (ordinals[doc] >= 0)
                ordinals[doc] = renumbered[ordinals[doc]];
        return this;
    }

    public static (OrdinalColumn Column, string[] Names) FromSorted(AtomicReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        if (reader.GetSortedDocValues(field) is not { } values)
        {
            Array.Fill(ordinals, -1);
            return (new OrdinalColumn(ordinals), []);
        }
        for (var doc = 0; doc < ordinals.Length; doc++)
            ordinals[doc] = values.GetOrd(doc);
        return (new OrdinalColumn(ordinals), OrdinalNames.Of(values.ValueCount, values.LookupOrd));
    }

    /// <summary>A numeric field (the plan's year) with each distinct number as an ordinal; documents without one have none.</summary>
    public static (OrdinalColumn Column, string[] Names) FromYears(AtomicReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        Array.Fill(ordinals, -1);
        if (reader.GetNumericDocValues(field) is not { } values || reader.GetDocsWithField(field) is not { } present)
            return (new OrdinalColumn(ordinals), []);
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
        return (new OrdinalColumn(ordinals), names);
    }
}

/// <summary>A multi-valued facet of one segment: document d's ordinals are ordinals[starts[d]..starts[d + 1]].</summary>
internal sealed class OrdinalSetColumn(int[] starts, int[] ordinals)
{
    public ReadOnlySpan<int> OrdinalsOf(int doc) => ordinals.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

    /// <summary>Replaces each ordinal in place by <paramref name="renumbered"/>[ordinal]; returns this column.</summary>
    public OrdinalSetColumn Renumbered(int[] renumbered)
    {
        for (var i = 0; i < ordinals.Length; i++)
            ordinals[i] = renumbered[ordinals[i]];
        return this;
    }

    public static (OrdinalSetColumn Column, string[] Names) FromSortedSet(AtomicReader reader, string field)
    {
        var starts = new int[reader.MaxDoc + 1];
        if (reader.GetSortedSetDocValues(field) is not { } values)
            return (new OrdinalSetColumn(starts, []), []);
        var ordinals = new List<int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            values.SetDocument(doc);
            for (var ordinal = values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = values.NextOrd())
                ordinals.Add((int)ordinal);
            starts[doc + 1] = ordinals.Count;
        }
        return (new OrdinalSetColumn(starts, [.. ordinals]), OrdinalNames.Of((int)values.ValueCount, (ordinal, name) => values.LookupOrd(ordinal, name)));
    }
}

internal static class OrdinalNames
{
    /// <summary>The names of a doc-values field's ordinals, in ordinal order.</summary>
    public static string[] Of(int count, Action<int, BytesRef> lookUp)
    {
        var names = new string[count];
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
        {
            lookUp(ordinal, name);
            names[ordinal] = name.Utf8ToString();
        }
        return names;
    }
}
