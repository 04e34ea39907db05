namespace SearchPlans.Model;

/// <summary>What the counterpart lookup and the review order group and sort a link by: its ends and its strength.</summary>
/// <param name="Source">The source id's number among the links' distinct strings.</param>
/// <param name="Target">The target id's number among the links' distinct strings.</param>
public readonly record struct LinkKey(int Source, int Target, LinkKind Kind, LinkConfidence Confidence, double Score);

/// <summary>
/// Links whose keys can be read without making a record per link (a <see cref="LinkTable"/>, or the stored columns
/// the server maps from disk). Grouping a national corpus's millions of links read as records, each with its evidence
/// list, was much of the server's start.
/// </summary>
public interface ILinkKeys : IReadOnlyList<RequirementLink>
{
    /// <summary>How many distinct strings (ids and evidence terms) the links number.</summary>
    int StringCount { get; }

    /// <summary>The string of that number.</summary>
    string StringAt(int number);

    LinkKey KeyOf(int index);
}

/// <summary>Every link's two ends, placed by a lookup of ids, and its strength: read once, for a grouping and its sorts.</summary>
/// <param name="Ends">Link l's source at 2l, its target at 2l + 1, each as the lookup placed its id.</param>
public sealed record LinkKeyColumns(int[] Ends, LinkKind[] Kinds, bool[] Doubtful, double[] Scores)
{
    /// <summary>
    /// Reads every link's keys; <paramref name="place"/> is asked once per distinct id when the links number their
    /// strings, in the order the ids first appear (source before target), as it is when each link is read whole.
    /// </summary>
    public static LinkKeyColumns Read(IReadOnlyList<RequirementLink> links, Func<string, int> place)
    {
        var columns = new LinkKeyColumns(new int[links.Count * 2], new LinkKind[links.Count], new bool[links.Count], new double[links.Count]);
        if (links is ILinkKeys keyed)
        {
            var placed = new int?[keyed.StringCount];
            int Place(int number) => placed[number] ??= place(keyed.StringAt(number));
            for (var l = 0; l < links.Count; l++)
            {
                var key = keyed.KeyOf(l);
                columns.Ends[l * 2] = Place(key.Source);
                columns.Ends[l * 2 + 1] = Place(key.Target);
                (columns.Kinds[l], columns.Doubtful[l], columns.Scores[l]) = (key.Kind, key.Confidence == LinkConfidence.Doubtful, key.Score);
            }
            return columns;
        }
        for (var l = 0; l < links.Count; l++)
        {
            var link = links[l];
            columns.Ends[l * 2] = place(link.Source);
            columns.Ends[l * 2 + 1] = place(link.Target);
            (columns.Kinds[l], columns.Doubtful[l], columns.Scores[l]) = (link.Kind, link.Confidence == LinkConfidence.Doubtful, link.Score);
        }
        return columns;
    }
}
