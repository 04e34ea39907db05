using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Analysis;

/// <summary>
/// Splits text into dictionary words with ICU's word break iterator: one token per word, number
/// or Latin run; spaces and punctuation give no token.
/// </summary>
/// <remarks>
/// The whole input is read at Reset: requirements are short, and the dictionary needs the whole
/// sentence to choose between competing splits.
/// </remarks>
public sealed class ChineseWordTokenizer : Tokenizer
{
    public const string IdeographicType = "<IDEOGRAPHIC>";
    public const string NumberType = "<NUM>";
    public const string AlphanumericType = "<ALPHANUM>";

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute posIncAtt;
    private readonly ITypeAttribute typeAtt;
    private readonly WordBreakWalker walker = new();
    private string text = string.Empty;

    public ChineseWordTokenizer(TextReader input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (walker.MoveNext())
        {
            if (!walker.IsWord)
            {
                continue;
            }

            var length = walker.End - walker.Start;
            text.CopyTo(walker.Start, termAtt.ResizeBuffer(length), 0, length);
            termAtt.Length = length;
            offsetAtt.SetOffset(CorrectOffset(walker.Start), CorrectOffset(walker.End));
            // Skipped punctuation leaves no gap, as in StandardTokenizer, so a phrase still matches
            // a term the text puts in quotes (“三同步”).
            posIncAtt.PositionIncrement = 1;
            typeAtt.Type = TypeOf(walker.Status);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        text = ReadAll(m_input);
        walker.SetText(text);
    }

    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(text.Length);
        offsetAtt.SetOffset(finalOffset, finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // Lucene disposes a tokenizer after each use and then reuses it; drop the text only.
            text = string.Empty;
            walker.SetText(text);
        }
    }

    // Kana (300) goes with ideographs: both come from ICU's CJK dictionary.
    private static string TypeOf(int status) => status switch
    {
        < BreakIterator.WordNumberLimit => NumberType,
        < BreakIterator.WordLetterLimit => AlphanumericType,
        _ => IdeographicType,
    };

    // Not TextReader.ReadToEnd: some Lucene char filters report the end with -1 rather than 0.
    private static string ReadAll(TextReader reader)
    {
        var builder = new System.Text.StringBuilder();
        var buffer = new char[1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }
}
