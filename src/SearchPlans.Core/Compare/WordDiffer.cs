using DiffPlex;
using DiffPlex.Model;

namespace SearchPlans.Compare;

/// <summary>
/// Word-level diff on DiffPlex: texts are cut into the segmenter's words and compared folded,
/// then short shared scraps between changes are cleaned up; pieces are shown as printed.
/// </summary>
public sealed class WordDiffer(IDiffer differ, FoldedWordChunker chunker) : IWordDiffer
{
    public WordDiffer()
        : this(Differ.Instance, new FoldedWordChunker())
    {
    }

    public WordDiff Diff(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var leftPieces = chunker.Pieces(left);
        var rightPieces = chunker.Pieces(right);
        var result = differ.CreateDiffs(left, right, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        if (result.PiecesOld.Count != leftPieces.Count || result.PiecesNew.Count != rightPieces.Count)
        {
            throw new InvalidOperationException("the chunker cut the same text two different ways");
        }

        var stretches = Stretches(result, leftPieces, rightPieces);
        var similarity = Similarity(stretches, left, right);
        var cleaned = SemanticCleanup.Apply(stretches);
        return new WordDiff(Side(cleaned, s => s.Left, DiffKind.Deleted), Side(cleaned, s => s.Right, DiffKind.Inserted), similarity)
        {
            Inline = Inline(cleaned),
        };
    }

    /// <summary>One side's pieces: its text of each stretch, with neighbours of one kind joined.</summary>
    private static List<DiffPiece> Side(List<DiffStretch> stretches, Func<DiffStretch, string> text, DiffKind changed)
    {
        var pieces = new List<DiffPiece>();
        foreach (var stretch in stretches)
        {
            var piece = new DiffPiece(stretch.IsEqual ? DiffKind.Equal : changed, text(stretch));
            if (piece.Text.Length == 0)
            {
                continue;
            }

            if (pieces.Count > 0 && pieces[^1].Kind == piece.Kind)
            {
                pieces[^1] = piece with { Text = pieces[^1].Text + piece.Text };
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    private static List<DiffPiece> Inline(List<DiffStretch> stretches) =>
    [
        .. stretches.SelectMany(s => s.IsEqual
            ? [new DiffPiece(DiffKind.Equal, s.Right)]
            : new[] { new DiffPiece(DiffKind.Deleted, s.Left), new DiffPiece(DiffKind.Inserted, s.Right) }.Where(p => p.Text.Length > 0)),
    ];

    private static List<DiffStretch> Stretches(DiffResult result, IReadOnlyList<string> leftPieces, IReadOnlyList<string> rightPieces)
    {
        var stretches = new List<DiffStretch>();
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                stretches.Add(DiffStretch.Equal(leftPieces[a++], rightPieces[b++]));
            }

            stretches.Add(DiffStretch.Change(
                Join(leftPieces, block.DeleteStartA, block.DeleteCountA),
                Join(rightPieces, block.InsertStartB, block.InsertCountB)));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        while (a < leftPieces.Count)
        {
            stretches.Add(DiffStretch.Equal(leftPieces[a++], rightPieces[b++]));
        }

        return SemanticCleanup.Merge(stretches);
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count) =>
        string.Concat(pieces.Skip(start).Take(count));

    // Measured before the cleanup: the cleanup changes how a diff reads, not how alike the texts are.
    private static double Similarity(List<DiffStretch> stretches, string left, string right)
    {
        var total = DiffStretch.Length(left) + DiffStretch.Length(right);
        if (total == 0)
        {
            return 1;
        }

        var matched = stretches.Where(s => s.IsEqual).Sum(s => DiffStretch.Length(s.Left) + DiffStretch.Length(s.Right));
        return (double)matched / total;
    }
}
