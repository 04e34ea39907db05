using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPlans.Ingest;
using SearchPlans.Ingest.Decoding;

namespace SearchPlans.Tests.Ingest;

/// <summary>
/// The parser's invariant on arbitrary input: it never throws, and whatever it reads as a plan loses no text.
/// Inputs are built from pieces of the seed plans, table cells, markup, labels and noise, so that most of them
/// reach deep into the shapes rather than being refused at the door.
/// </summary>
public class IngestProperties
{
    // Lines of the seeds and of the real plans, so inputs mix every layout the reader knows.
    private static readonly string[] SeedLines = Seeds.Results
        .Select(r => Path.Combine(Seeds.SeedDirectory, r.SourceName))
        .Concat(Directory.GetFiles(RealPlans.RealPlans.Directory, "*.txt"))
        .SelectMany(File.ReadAllLines)
        .Where(l => l.Length > 0).ToArray();

    private static readonly string[] Pieces =
    [
        "\t", "\n", "\r\n", "  ", "<p>", "</p>", "<br/>", "**", "## ", "# ", "（县发改局牵头负责）", "牵头", "1.", "2、", "（一）", "一、",
        "工作要求\t具体任务\t具体要求\t落实单位", "序号\t工作任务\t责任单位\t完成时限", "《", "》", "〔2022〕8号", "2022年", "\f", "<div>", "</div>",
        "<script>", "{{x}}", "\u3000", "•", "|", "---", "（责任单位：市财政局）", "(kāi)", "<td>", "</td>", "发布机构: ", "2021年底前",
        "１．", "（２）", "２０２２年", "第一部分 ", "1)", "一.", "— 2 —", "（责任单位：区发改局；完成时限：2021年12月底前）", "配合单位：", "分享到：",
    ];

    private static Gen<string> Piece() => Gen.OneOf(
        Gen.Elements(SeedLines).Select(l => l + "\n"),
        Gen.Elements(SeedLines).Select(l => l + "\n"),
        Gen.Elements(Pieces),
        Gen.Elements(SeedLines).SelectMany(l => Gen.Choose(0, l.Length).Select(n => l[..n])),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    public static Arbitrary<string> PlanLikeText() =>
        Gen.ListOf(Piece()).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000, Arbitrary = [typeof(IngestProperties)])]
    public void AnyText_NeverThrowsAndLosesNoText(string text)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));
        }
        catch (DecodingException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }
        var result = ReadWithin(decoded);
        if (result.Succeeded)
            Assert.Equal("", TextAccount.Unaccounted(decoded.Text, result));
        else
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
        // The ingester turns an exception into the file's message; for the reader's own input that is still a bug.
        Assert.DoesNotContain("this is a bug", result.Error ?? "", StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public void AnyBytes_NeverThrow(byte[] bytes)
    {
        var result = new PlanIngester().Ingest("bytes.bin", bytes ?? []);
        Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error));
    }

    // A hang would stall the whole run; a generous bound turns it into a failing case FsCheck can shrink.
    private static IngestResult ReadWithin(DecodedText text)
    {
        var read = Task.Run(() => new PlanIngester().Ingest("generated.txt", text));
        Assert.True(read.Wait(TimeSpan.FromSeconds(30)), $"reading {text.Text.Length} characters did not finish");
        return read.Result;
    }
}
