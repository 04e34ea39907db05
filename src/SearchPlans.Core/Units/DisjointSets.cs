namespace SearchPlans.Units;

/// <summary>Union–find over 0…n−1, with path halving.</summary>
internal sealed class DisjointSets(int count)
{
    private readonly int[] parent = [.. Enumerable.Range(0, count)];

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
