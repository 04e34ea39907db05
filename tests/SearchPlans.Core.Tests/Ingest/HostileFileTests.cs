using System.Diagnostics;
using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest;

/// <summary>
/// Files that once stopped a whole `index` run (a stack overflow, an exception, a read that never ends) or silently
/// changed a plan: each now gets its own message or warning, and the good plan beside it is still read.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string heyuan = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Heyuan).SourceName));

    public void Dispose() => folder.Dispose();

    private IngestResult ReadBesideAGoodPlan(string name, Action<string> write)
    {
        File.WriteAllText(folder.Combine("0-good.txt"), heyuan);
        write(folder.Combine(name));
        var results = new PlanIngester().IngestDirectory(folder.Path);
        Assert.True(results.Single(r => r.SourceName == "0-good.txt").Succeeded, "the good plan beside the bad file was not read");
        return results.Single(r => r.SourceName == name);
    }

    private IngestResult ReadBesideAGoodPlan(string name, string text) =>
        ReadBesideAGoodPlan(name, path => File.WriteAllText(path, text));

    [Fact]
    public void AFifo_IsNamedAndNotOpened()
    {
        var result = ReadBesideAGoodPlan("pipe.txt", path => Process.Start("mkfifo", [path]).WaitForExit());

        Assert.Contains("named pipe (FIFO), not a regular file", result.Error);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void ALinkToADevice_IsNamedAndNotRead(string device)
    {
        var result = ReadBesideAGoodPlan("device.txt", path => File.CreateSymbolicLink(path, device));

        Assert.Contains("character device, not a regular file", result.Error);
    }

    [Fact]
    public void ALinkToARegularFile_IsRead()
    {
        Directory.CreateDirectory(folder.Combine("elsewhere"));
        var target = folder.Combine("elsewhere/plan.txt");
        File.WriteAllText(target, heyuan.Replace("河源市", "梅州市", StringComparison.Ordinal));

        var result = ReadBesideAGoodPlan("link.txt", path => File.CreateSymbolicLink(path, target));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void EightThousandAsterisksAroundALetter_AreKeptAsText()
    {
        var stars = string.Concat(Enumerable.Repeat("**", 4_000));

        var result = ReadBesideAGoodPlan("stars.txt", heyuan.Replace("依托政府信息公开平台", stars + "依" + stars + "托政府信息公开平台", StringComparison.Ordinal));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Plan!.Requirements, r => r.Text.Contains(stars + "依", StringComparison.Ordinal));
    }

    [Fact]
    public void AsterisksAndUnderscoresNestedThousandsDeep_DoNotStopTheRun()
    {
        var result = ReadBesideAGoodPlan("nested.md", string.Concat(Enumerable.Repeat("*_", 6000)));

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void EmphasisNestedThousandsDeepOverManyShortLines_IsReadWithoutOverflowingTheStack()
    {
        var open = string.Join("\n", Enumerable.Repeat("*a", 30_000));
        var close = string.Join("\n", Enumerable.Repeat("a*", 30_000));

        var result = ReadBesideAGoodPlan("deep.md", heyuan.Replace("依托政府信息公开平台", open + "依托政府信息公开平台" + close, StringComparison.Ordinal));

        Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void ATwoMillionCharacterLineInARealPlan_IsRefusedAtOnceWithItsLineNumber()
    {
        var result = ReadBesideAGoodPlan("long.txt", heyuan.Replace("依托政府信息公开平台", "依托" + new string('政', 2_000_000) + "政府信息公开平台", StringComparison.Ordinal));

        Assert.Matches(@"line \d+ is 2,000,\d{3} characters long; the limit is 100,000", result.Error);
    }

    [Fact]
    public void InvisibleCharactersThroughAPlan_AreRemovedWithAWarningAndChangeNothing()
    {
        var sprinkled = string.Concat(heyuan.Select((c, i) => i % 7 == 3 ? "\u200b" + c : i % 11 == 5 ? "\ufeff" + c : i % 13 == 2 ? "\u202e" + c + "\u202c" : c.ToString()));

        var result = new PlanIngester().Ingest("invisible.txt", Encoding.UTF8.GetBytes(sprinkled));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((Seeds.Heyuan.Id, Seeds.Heyuan.Year, Seeds.Heyuan.Requirements.Count), (result.Plan!.Id, result.Plan.Year, result.Plan.Requirements.Count));
        Assert.Contains(result.Warnings, w => w.StartsWith($"removed {sprinkled.Length - heyuan.Length} invisible characters", StringComparison.Ordinal));
    }
}
