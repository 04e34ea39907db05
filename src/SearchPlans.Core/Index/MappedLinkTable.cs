using System.Buffers;
using System.Collections;
using System.IO.MemoryMappedFiles;
using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// The links of a <see cref="LinkColumnsFile"/>, read from the mapped file as they are asked for: the heap holds none of
/// them, and the system keeps in memory only the pages read lately, which it can drop again under pressure. Like a
/// <see cref="LinkTable"/>, each read makes a new record; the same index gives the same link as the table it was written from.
/// </summary>
/// <remarks>
/// A link's evidence is read from the file when it is enumerated, so a link outlives its read only as long as the
/// mapping: the web app leaves an old generation's mapping to the collector rather than disposing it, since its links
/// may still be held by a cached comparison.
/// </remarks>
public sealed class MappedLinkTable : ILinkKeys, IStoredCounterparts, IStoredReviewRuns, IDisposable
{
    private readonly MemoryMappedFile map;
    private readonly MemoryMappedViewAccessor view;
    private readonly LinkColumnsLayout layout;

    internal MappedLinkTable(MemoryMappedFile map, LinkColumnsLayout layout)
    {
        this.map = map;
        this.layout = layout;
        view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
    }

    public int Count => layout.Links;

    public int StringCount => layout.Strings;

    public RequirementLink this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new RequirementLink(
                StringAt(view.ReadInt32(layout.Sources + 4L * index)),
                StringAt(view.ReadInt32(layout.Targets + 4L * index)),
                (LinkKind)view.ReadByte(layout.Kinds + index),
                (Containment)view.ReadByte(layout.Relations + index),
                view.ReadDouble(layout.Scores + 8L * index),
                view.ReadDouble(layout.SourceInTarget + 8L * index),
                view.ReadDouble(layout.TargetInSource + 8L * index),
                EvidenceOf(index))
            {
                Confidence = (LinkConfidence)view.ReadByte(layout.Confidences + index),
            };
        }
    }

    public LinkKey KeyOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return new LinkKey(
            view.ReadInt32(layout.Sources + 4L * index), view.ReadInt32(layout.Targets + 4L * index),
            (LinkKind)view.ReadByte(layout.Kinds + index), (LinkConfidence)view.ReadByte(layout.Confidences + index),
            view.ReadDouble(layout.Scores + 8L * index));
    }

    // The strings read lately, one slot per number modulo the size: a page or a matrix reads the same few ids again
    // and again (a requirement's own id in each of its links), and a bounded cache keeps the heap from growing with
    // the file. A slot is one immutable object, replaced whole, so threads share it without locks.
    private readonly DecodedString?[] decoded = new DecodedString?[1 << 16];

    private sealed record DecodedString(int Number, string Text);

    /// <exception cref="InvalidDataException">The file numbers a string it does not hold, or places it outside its bytes.</exception>
    public string StringAt(int number)
    {
        var slot = number & (decoded.Length - 1);
        if (decoded[slot] is { } held && held.Number == number)
            return held.Text;
        var text = Decode(number);
        decoded[slot] = new DecodedString(number, text);
        return text;
    }

    private string Decode(int number)
    {
        if ((uint)number >= (uint)layout.Strings)
            throw new InvalidDataException($"a link names string {number:N0} of {layout.Strings:N0}");
        var start = view.ReadInt64(layout.Offsets + 8L * number);
        var end = view.ReadInt64(layout.Offsets + 8L * (number + 1));
        if (start < 0 || end < start || end - start > int.MaxValue || layout.Bytes + end > layout.Sources)
            throw new InvalidDataException($"string {number:N0} lies outside the file's strings");
        var length = (int)(end - start);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            view.ReadArray(layout.Bytes + start, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public CounterpartRuns? RunsFor(ReadOnlySpan<byte> requirementDigest) =>
        requirementDigest.SequenceEqual(layout.RequirementDigest) ? new MappedRuns(this) : null;

    /// <summary>The stored review order, when the file holds one (version 2) grouped for requirements ordered as the digest says.</summary>
    public ReviewRuns? ReviewRunsFor(ReadOnlySpan<byte> requirementDigest) =>
        layout.Review is { } review && requirementDigest.SequenceEqual(layout.RequirementDigest) ? new MappedReviewRuns(this, review) : null;

    public IEnumerator<RequirementLink> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        view.Dispose();
        map.Dispose();
    }

    // Read when a page shows it: most links read (to group, sort or cluster them) never show their evidence.
    private IReadOnlyList<string> EvidenceOf(int index)
    {
        var (start, end) = (view.ReadInt32(layout.EvidenceStarts + 4L * index), view.ReadInt32(layout.EvidenceStarts + 4L * (index + 1)));
        if (start == end)
            return [];
        if (start < 0 || end < start || end > layout.EvidenceCount)
            throw new InvalidDataException($"link {index:N0}'s evidence lies outside the file's evidence");
        return new Evidence(this, start, end - start);
    }

    /// <summary>The counterpart runs the file holds, read from it as asked for.</summary>
    private sealed class MappedRuns(MappedLinkTable table) : CounterpartRuns
    {
        public override int RequirementCount => table.layout.Requirements;

        public override int StartOf(int requirement)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(requirement);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(requirement, RequirementCount);
            return table.view.ReadInt32(table.layout.RunStarts + 4L * requirement);
        }

        /// <exception cref="InvalidDataException">The entry names a link the file does not hold.</exception>
        public override int EntryAt(int place)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(place);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(place, table.layout.Entries);
            var entry = table.view.ReadInt32(table.layout.RunEntries + 4L * place);
            return (uint)(entry >> 1) < (uint)table.Count ? entry : throw new InvalidDataException($"a counterpart run names link {entry >> 1:N0} of {table.Count:N0}");
        }

        public override int TrustedOf(int requirement)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(requirement);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(requirement, RequirementCount);
            return table.view.ReadInt32(table.layout.Trusted + 4L * requirement);
        }
    }

    /// <summary>The review order the file holds, read from it as asked for.</summary>
    private sealed class MappedReviewRuns(MappedLinkTable table, ReviewRunsLayout review) : ReviewRuns
    {
        private readonly MemoryMappedViewAccessor view = table.view;

        public override int SideCount => review.Sides;

        public override int PlacedCount => table.layout.Requirements;

        public override int StartOf(int side)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(side);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(side, SideCount);
            var start = view.ReadInt32(review.Starts + 4L * side);
            return (uint)start <= (uint)review.Entries ? start : throw new InvalidDataException($"the review order starts side {side:N0} at entry {start:N0} of {review.Entries:N0}");
        }

        /// <exception cref="InvalidDataException">The entry names a link the file does not hold.</exception>
        public override int EntryAt(int place)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(place);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(place, review.Entries);
            var entry = view.ReadInt32(review.Order + 4L * place);
            Link(entry >> 1);
            return entry;
        }

        public override LinkKind KindOf(int link) => (LinkKind)view.ReadByte(table.layout.Kinds + Link(link));

        public override int ListedBefore(int selection, int side)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(side, PlacedCount);
            ArgumentOutOfRangeException.ThrowIfNegative(side);
            return view.ReadInt32(review.ListedBefore[selection] + 4L * side);
        }

        public override int UnplacedCount(int selection) => review.Unplaced[selection];

        public override int UnplacedAt(int selection, int k)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, review.Unplaced[selection]);
            return Link(view.ReadInt32(review.UnplacedLinks[selection] + 4L * k));
        }

        public override string GoneIdAt(int gone)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(gone);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gone, SideCount - PlacedCount);
            return table.StringAt(view.ReadInt32(review.GoneIds + 4L * gone));
        }

        private int Link(int link) =>
            (uint)link < (uint)table.Count ? link : throw new InvalidDataException($"the review order names link {link:N0} of {table.Count:N0}");
    }

    /// <summary>One link's evidence terms, each read from the file when asked for.</summary>
    private sealed class Evidence(MappedLinkTable table, int start, int count) : IReadOnlyList<string>
    {
        public int Count => count;

        public string this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
                return table.StringAt(table.view.ReadInt32(table.layout.Evidence + 4L * (start + index)));
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var k = 0; k < count; k++)
                yield return this[k];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
