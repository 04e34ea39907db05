using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest;

/// <summary>
/// A folder of files nobody checked, written by the test beside one good plan: each bad file gets a message naming
/// the reason, and the good plan is still read.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string good = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Jiangmen).SourceName));
    private readonly string heyuan = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Heyuan).SourceName));

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<IngestResult> ReadBesideAGoodPlan(string name, byte[] content)
    {
        File.WriteAllText(folder.Combine("0-good.txt"), good);
        File.WriteAllBytes(folder.Combine(name), content);
        var results = new PlanIngester().IngestDirectory(folder.Path);
        Assert.True(results.Single(r => r.SourceName == "0-good.txt").Succeeded, "the good plan beside the bad file was not read");
        return results;
    }

    private string ErrorOf(string name, byte[] content) =>
        ReadBesideAGoodPlan(name, content).Single(r => r.SourceName == name).Error ?? "(no error)";

    [Fact]
    public void EmptyFile_IsRefusedAsEmpty() => Assert.Contains("empty", ErrorOf("empty.txt", []));

    [Fact]
    public void BinaryFile_IsRefusedAsBinary()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        Assert.Contains("binary", ErrorOf("image.bin", bytes));
    }

    [Fact]
    public void TruncatedUtf8_IsRefusedAsUndecodable()
    {
        var bytes = Encoding.UTF8.GetBytes(heyuan);
        // Cut inside a three-byte character, and again in the middle, as a broken download would.
        var cut = bytes[..(bytes.Length / 2)].Concat(Encoding.UTF8.GetBytes("政")[..2]).Concat(bytes[(bytes.Length / 2)..]).ToArray();
        Assert.Contains("neither valid UTF-8, GB18030 nor Big5", ErrorOf("cut.txt", cut));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("GB18030")]
    public void OtherEncodings_ReadTheSamePlan(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName);
        var results = ReadBesideAGoodPlan("other.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(heyuan)]);
        var plan = results.Single(r => r.SourceName == "other.txt").Plan!;
        Assert.Equal(("heyuan-2022", 54), (plan.Id, plan.Requirements.Count));
    }

    [Fact]
    public void OversizedFile_IsRefusedUnreadWithItsSize()
    {
        var huge = new byte[PlanIngester.MaxFileBytes + 1];
        huge.AsSpan().Fill((byte)'x');
        var error = ErrorOf("huge.txt", huge);
        Assert.Contains("16.0 MB, over the 16 MB limit", error);
    }

    [Fact]
    public void MillionCharacterLine_IsRefusedWithItsLength() =>
        Assert.Contains("line 1 is 1,000,000 characters long; the limit is 100,000", ErrorOf("line.txt", Encoding.UTF8.GetBytes(new string('政', 1_000_000))));

    [Fact]
    public void WholePlanPastedOnOneLine_IsRead()
    {
        var tasks = string.Concat(Enumerable.Range(1, 400).Select(i => $" {i}、做好第{i}项重点领域信息公开工作，及时发布政策文件并同步做好解读，回应社会关切，提升公开质量和实效。（责任单位：区政府办公室）"));
        var line = "2022年某区政务公开工作要点 一、重点任务 （一）强化重点领域信息公开" + tasks;
        Assert.InRange(line.Length, 25_000, PlanIngester.MaxLineCharacters);
        var result = ReadBesideAGoodPlan("one-line.txt", Encoding.UTF8.GetBytes(line)).Single(r => r.SourceName == "one-line.txt");
        Assert.Equal(400, result.Plan!.Requirements.Count);
    }

    [Fact]
    public void DeeplyNestedHtml_KeepsEveryRequirementAndTheNestedText()
    {
        // As deep as fits in the longest line a plan may have (PlanIngester.MaxLineCharacters).
        var nested = heyuan.Replace("依托政府信息公开平台", string.Concat(Enumerable.Repeat("<div>", 1_500)) + "依托政府信息公开平台" + string.Concat(Enumerable.Repeat("</div>", 1_500)), StringComparison.Ordinal);
        var result = ReadBesideAGoodPlan("nested.txt", Encoding.UTF8.GetBytes(nested)).Single(r => r.SourceName == "nested.txt");
        Assert.Equal(54, result.Plan!.Requirements.Count);
        Assert.StartsWith("依托政府信息公开平台", result.Plan.Requirements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayControlCharacters_AreRemovedWithAWarningAndCutNothing()
    {
        var noisy = string.Concat(heyuan.Select((c, i) => i % 40 == 0 ? "\u0007" + c : c.ToString()));
        var result = ReadBesideAGoodPlan("noisy.txt", Encoding.UTF8.GetBytes(noisy)).Single(r => r.SourceName == "noisy.txt");
        Assert.Equal(54, result.Plan!.Requirements.Count);
        Assert.Contains(result.Warnings, w => w.Contains("stray control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void ScriptAndTemplateText_AreKeptAsPlainText()
    {
        var hostile = heyuan.Replace("依托政府信息公开平台", "<script>alert(1)</script>{{7*7}}依托政府信息公开平台", StringComparison.Ordinal);
        var result = ReadBesideAGoodPlan("script.txt", Encoding.UTF8.GetBytes(hostile)).Single(r => r.SourceName == "script.txt");
        Assert.Contains("{{7*7}}", result.Plan!.Requirements[0].Text, StringComparison.Ordinal);
        Assert.Equal("", TextAccount.Unaccounted(hostile, result));
    }

    [Fact]
    public void PlanTwiceOver_IsRefusedNamingTheLineOfTheSecondCopy() =>
        Assert.Matches(@"twice over: its title appears again at line \d+", ErrorOf("twice.txt", Encoding.UTF8.GetBytes(heyuan + "\n" + heyuan)));

    [Fact]
    public void SamePlanInTwoFiles_IsReadOnceAndTheCopyNamesTheFileRead()
    {
        File.WriteAllText(folder.Combine("a.txt"), heyuan);
        var results = ReadBesideAGoodPlan("b.txt", Encoding.GetEncoding("GB18030").GetBytes(heyuan));
        Assert.True(results.Single(r => r.SourceName == "a.txt").Succeeded);
        Assert.Equal("the same plan (heyuan-2022) as a.txt, which is read instead", results.Single(r => r.SourceName == "b.txt").Error);
    }
}
