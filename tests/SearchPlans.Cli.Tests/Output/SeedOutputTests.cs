namespace SearchPlans.Tests.Cli.Output;

/// <summary>
/// What the command line prints on the seed plans, byte for byte, against the files in seed-outputs/: moving code
/// must not change a byte. A change meant to alter the output rewrites the files with
/// SEARCHPLANS_WRITE_SEED_OUTPUTS=1 set (the test then fails once, naming what it wrote), and the diff is reviewed
/// with the change.
/// </summary>
public sealed class SeedOutputTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    private const string WriteVariable = "SEARCHPLANS_WRITE_SEED_OUTPUTS";

    public static TheoryData<string, string[]> Commands { get; } = new()
    {
        { "docs.json", ["docs", "--format", "json"] },
        { "requirements.json", ["requirements", "--format", "json"] },
        { "links.json", ["links", "--format", "json"] },
        { "units.json", ["units", "--format", "json"] },
        { "refs.json", ["refs", "--format", "json"] },
        { "compare.json", ["compare", "jiangmen-zftzgcjsglzx-2022", "heyuan-2022", "--format", "json"] },
        { "compare.txt", ["compare", "qingyuan-2022", "zhanjiang-2021", "--lang", "zh"] },
    };

    [Fact]
    public void Index_OnTheSeeds_PrintsTheRecordedReport() => AssertRecorded("index.json", index.IndexReport);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_OnTheSeeds_PrintsTheRecordedOutput(string file, string[] args)
    {
        var run = CliHarness.Run([.. args, "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        AssertRecorded(file, run.Out);
    }

    private static void AssertRecorded(string file, string output)
    {
        var path = Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Cli.Tests", "Output", "seed-outputs", file);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, output);
            Assert.Fail($"wrote {file}; unset {WriteVariable} and run again to check it.");
        }
        Assert.True(File.Exists(path), $"no recorded output {file}; run with {WriteVariable}=1 to record it.");
        var recorded = File.ReadAllText(path);
        Assert.True(recorded == output, $"{file} differs from what the command prints now, first at character {FirstDifference(recorded, output)}:"
            + $"\nrecorded: {Around(recorded, FirstDifference(recorded, output))}\nprinted:  {Around(output, FirstDifference(recorded, output))}");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return i;
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(text.Length, at + 60) - Math.Max(0, at - 60));
}
