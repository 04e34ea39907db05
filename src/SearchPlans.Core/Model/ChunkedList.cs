namespace SearchPlans.Model;

/// <summary>
/// An append-only list kept in chunks of fixed size: growing never copies what it holds, so a list of millions never
/// holds its old and its doubled array at once, nor up to twice the room it needs, as <see cref="List{T}"/> does.
/// </summary>
/// <remarks>
/// Linking adds millions of links one by one without knowing their number: grown by doubling, the table of a large run
/// peaked at three times its size at each growth (docs/performance.md, issue 26). Not safe on several threads at once.
/// </remarks>
internal sealed class ChunkedList<T>
{
    // Large enough that the list of chunks stays short, small enough that the last chunk's unused room stays under a
    // megabyte for a link's row.
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<T[]> chunks = [];

    public int Count { get; private set; }

    public T this[int index] => chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    public void Add(T item)
    {
        if ((Count & (ChunkSize - 1)) == 0)
            chunks.Add(new T[ChunkSize]);
        chunks[^1][Count & (ChunkSize - 1)] = item;
        Count++;
    }
}
