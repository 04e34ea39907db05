using System.Collections;

namespace SearchPlans.Model;

/// <summary>
/// Links held column by column: ids and evidence terms as numbers into one table of distinct strings, scores in
/// arrays. A served national corpus holds millions of links; as one object each, with its own evidence list, they were
/// most of the server's memory. A link is made as a <see cref="RequirementLink"/> when it is read.
/// </summary>
/// <remarks>
/// Each read makes a new record with a new evidence list, so links from the table compare equal by their values only
/// through their fields, never by reference; nothing in the engine relies on either.
/// </remarks>
public sealed class LinkTable : IReadOnlyList<RequirementLink>, ILinkKeys
{
    private readonly string[] strings;
    private readonly int[] sources;
    private readonly int[] targets;
    private readonly byte[] kinds;
    private readonly byte[] relations;
    private readonly byte[] confidences;
    private readonly double[] scores;
    private readonly double[] sourceInTarget;
    private readonly double[] targetInSource;

    // Link i's evidence is evidence[evidenceStarts[i]..evidenceStarts[i + 1]].
    private readonly int[] evidenceStarts;
    private readonly int[] evidence;

    private LinkTable(Builder builder)
    {
        strings = [.. builder.Strings];
        (sources, targets, kinds, relations) = (builder.Sources, builder.Targets, builder.Kinds, builder.Relations);
        confidences = builder.Confidences;
        (scores, sourceInTarget, targetInSource) = (builder.Scores, builder.SourceInTarget, builder.TargetInSource);
        evidenceStarts = builder.EvidenceStarts;
        evidence = [.. builder.Evidence];
    }

    public int Count => sources.Length;

    public RequirementLink this[int index] => new(
        strings[sources[index]],
        strings[targets[index]],
        (LinkKind)kinds[index],
        (Containment)relations[index],
        scores[index],
        sourceInTarget[index],
        targetInSource[index],
        EvidenceOf(index))
    {
        Confidence = (LinkConfidence)confidences[index],
    };

    public IEnumerator<RequirementLink> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int StringCount => strings.Length;

    public string StringAt(int number) => strings[number];

    public LinkKey KeyOf(int index) =>
        new(sources[index], targets[index], (LinkKind)kinds[index], (LinkConfidence)confidences[index], scores[index]);

    /// <summary>The columns as they are held, for a store that writes them out as they are.</summary>
    internal LinkColumns Columns => new(strings, sources, targets, kinds, relations, confidences, scores, sourceInTarget, targetInSource, evidenceStarts, evidence);

    public static LinkTable Of(IReadOnlyCollection<RequirementLink> links)
    {
        var builder = new Builder(links.Count);
        builder.AddRange(links);
        return builder.Build();
    }

    private string[] EvidenceOf(int index)
    {
        var (start, end) = (evidenceStarts[index], evidenceStarts[index + 1]);
        if (start == end)
            return [];
        var terms = new string[end - start];
        for (var k = 0; k < terms.Length; k++)
            terms[k] = strings[evidence[start + k]];
        return terms;
    }

    /// <summary>Fills a table of a known number of links, a batch at a time, so no second copy of them is ever held.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private int added;

        public Builder(int count)
        {
            Sources = new int[count];
            Targets = new int[count];
            Kinds = new byte[count];
            Relations = new byte[count];
            Confidences = new byte[count];
            Scores = new double[count];
            SourceInTarget = new double[count];
            TargetInSource = new double[count];
            EvidenceStarts = new int[count + 1];
        }

        internal List<string> Strings { get; } = [];
        internal int[] Sources { get; }
        internal int[] Targets { get; }
        internal byte[] Kinds { get; }
        internal byte[] Relations { get; }
        internal byte[] Confidences { get; }
        internal double[] Scores { get; }
        internal double[] SourceInTarget { get; }
        internal double[] TargetInSource { get; }
        internal int[] EvidenceStarts { get; }
        internal List<int> Evidence { get; } = [];

        /// <exception cref="InvalidOperationException">More links than the table was made for.</exception>
        public void AddRange(IEnumerable<RequirementLink> links)
        {
            foreach (var link in links)
            {
                if (added == Sources.Length)
                    throw new InvalidOperationException($"the table holds {Sources.Length:N0} links and is full");
                Sources[added] = Number(link.Source);
                Targets[added] = Number(link.Target);
                Kinds[added] = (byte)link.Kind;
                Relations[added] = (byte)link.Relation;
                Confidences[added] = (byte)link.Confidence;
                Scores[added] = link.Score;
                SourceInTarget[added] = link.SourceInTarget;
                TargetInSource[added] = link.TargetInSource;
                foreach (var term in link.Evidence)
                    Evidence.Add(Number(term));
                added++;
                EvidenceStarts[added] = Evidence.Count;
            }
        }

        /// <summary>How many links have been added.</summary>
        public int Count => added;

        /// <exception cref="InvalidOperationException">Fewer links than the table was made for.</exception>
        public LinkTable Build() => added == Sources.Length
            ? new LinkTable(this)
            : throw new InvalidOperationException($"the table was made for {Sources.Length:N0} links and holds {added:N0}");

        private int Number(string text)
        {
            if (!numbers.TryGetValue(text, out var number))
            {
                numbers[text] = number = Strings.Count;
                Strings.Add(text);
            }
            return number;
        }
    }
}
