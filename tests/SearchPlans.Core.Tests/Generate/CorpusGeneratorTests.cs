using SearchPlans.Analysis;
using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Tests.Generate;

public sealed class CorpusGeneratorTests(GeneratedCorpusFixture fixture) : IClassFixture<GeneratedCorpusFixture>
{
    [Fact]
    public void Generate_WritesTheNumberOfPlansAskedFor()
    {
        Assert.Equal(GeneratedCorpusFixture.Plans, fixture.Corpus.Files.Count);
        Assert.Equal(GeneratedCorpusFixture.Plans, fixture.Corpus.Plans.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void ReadBack_CoversEveryRoundTripLayout()
    {
        Assert.Equal(GeneratedCorpusFixture.RoundTripLayouts.Order(), fixture.ReadBack.Select(x => x.Expected.Layout).Distinct().Order());
    }

    [Fact]
    public void GeneratedFiles_ParseBackWithTheirPlanAndRequirementIds()
    {
        foreach (var (expected, read) in fixture.ReadBack)
        {
            Assert.True(read.Succeeded, $"{expected.FileName}: {read.Error}");
            Assert.Equal(expected.Id, read.Plan!.Id);
            Assert.Equal(expected.Requirements.Select(r => r.Id), read.Plan.Requirements.Select(r => r.Id));
        }
    }

    [Fact]
    public void GeneratedFiles_ParseBackWithTheirJurisdictionAndYear()
    {
        foreach (var (expected, read) in fixture.ReadBack)
        {
            var plan = read.Plan!;
            Assert.Equal(expected.Year, plan.Year);
            Assert.Equal(expected.Jurisdiction.Name, TextFolding.Fold(plan.Jurisdiction.Name));
            Assert.Equal(expected.Jurisdiction.Level, plan.Jurisdiction.Level);
            Assert.Equal(expected.Jurisdiction.Province, TextFolding.Fold(plan.Jurisdiction.Province ?? ""));
        }
    }

    [Fact]
    public void GeneratedFiles_InSimplifiedScript_ParseBackToTheTextsWritten()
    {
        foreach (var (expected, read) in fixture.ReadBack.Where(x => !x.Expected.Dress.Traditional))
            Assert.Equal(expected.Requirements.Select(r => r.Text), read.Plan!.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void GeneratedFiles_InTraditionalScript_FoldBackToTheTextsWritten()
    {
        var traditional = fixture.ReadBack.Where(x => x.Expected.Dress.Traditional).ToList();
        Assert.NotEmpty(traditional);
        foreach (var (expected, read) in traditional)
        {
            Assert.NotEqual(expected.Requirements.Select(r => r.Text), read.Plan!.Requirements.Select(r => r.Text));
            Assert.Equal(expected.Requirements.Select(r => Folded(r.Text)), read.Plan.Requirements.Select(r => Folded(r.Text)));
        }
    }

    // ICU writes Traditional quotation marks as 「」, which search folding leaves as they are.
    private static string Folded(string text) => TextFolding.Fold(text).Replace('「', '"').Replace('」', '"').Replace('“', '"').Replace('”', '"');

    [Fact]
    public void GeneratedFiles_InGb18030_AreDecodedAsGb18030()
    {
        var gb = fixture.ReadBack.Where(x => x.Expected.Dress.Gb18030).ToList();
        Assert.NotEmpty(gb);
        Assert.All(gb, x => Assert.Equal("GB18030", x.Read.EncodingName));
        Assert.All(fixture.ReadBack.Where(x => !x.Expected.Dress.Gb18030), x => Assert.Equal("UTF-8", x.Read.EncodingName));
    }

    [Fact]
    public void GeneratedFiles_AccountForEveryCharacter()
    {
        foreach (var (expected, read) in fixture.ReadBack)
            Assert.DoesNotContain(read.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_CoversEveryLayoutAndASpreadOfYearsAndLevels()
    {
        var plans = fixture.Corpus.Plans.ToList();
        Assert.Equal(Enum.GetValues<PlanLayout>().Order(), plans.Select(p => p.Layout).Distinct().Order());
        Assert.True(plans.Select(p => p.Year).Distinct().Count() >= 5);
        Assert.All(plans, p => Assert.InRange(p.Year, 2016, 2026));
        Assert.Equal(
            [AdminLevel.Province, AdminLevel.City, AdminLevel.District, AdminLevel.County, AdminLevel.Agency],
            plans.Select(p => p.Jurisdiction.Level).Distinct().Order());
        Assert.Contains(plans, p => p.Dress.Html);
        Assert.Contains(plans, p => p.Dress.Markdown);
    }

    [Fact]
    public void Generate_LayoutsDrawnFromRealPlans_TakeAboutHalfThePlans()
    {
        var real = fixture.Corpus.Plans.Count(p => !LayoutMix.IsSeedLayout(p.Layout));

        Assert.InRange(real, GeneratedCorpusFixture.Plans * 3 / 10, GeneratedCorpusFixture.Plans * 6 / 10);
    }

    [Fact]
    public void Generate_SeedLayoutMix_WritesOnlyTheSeedLayouts()
    {
        var corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool, LayoutMix.SeedLayouts).Generate(60, GeneratedCorpusFixture.Seed);

        Assert.All(corpus.Plans, p => Assert.True(LayoutMix.IsSeedLayout(p.Layout), p.Layout.ToString()));
        Assert.All(corpus.Plans, p => Assert.False(p.Dress.WebChrome || p.Dress.Head == PlanHead.Notice));
    }

    [Fact]
    public void GeneratedFiles_InLayoutsDrawnFromRealPlans_HoldEveryRequirementTextWhole()
    {
        var files = fixture.Corpus.Files.Where(f => !LayoutMix.IsSeedLayout(f.Plan.Layout) && !f.Plan.Dress.Traditional).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = Decoded(file);
            Assert.All(file.Plan.Requirements, r => Assert.Contains(r.Text, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void GeneratedFiles_InLayoutsDrawnFromRealPlans_PrintATitleNamingTheJurisdictionAndYear()
    {
        foreach (var file in fixture.Corpus.Files.Where(f => !LayoutMix.IsSeedLayout(f.Plan.Layout) && !f.Plan.Dress.Traditional))
        {
            var plan = file.Plan;
            Assert.Contains(plan.Jurisdiction.Name, plan.Title, StringComparison.Ordinal);
            Assert.Contains($"{plan.Year}年", plan.Title, StringComparison.Ordinal);
            Assert.Contains(plan.Title, Decoded(file).Split('\n'));
        }
    }

    [Fact]
    public void GeneratedFiles_InLayoutsDrawnFromRealPlans_ComeWithNoticesForwardingNoticesAndWebChrome()
    {
        var real = fixture.Corpus.Plans.Where(p => !LayoutMix.IsSeedLayout(p.Layout)).ToList();

        Assert.Contains(real, p => p.Dress.Head == PlanHead.Notice && p.Dress.ForwardedBy is null);
        Assert.Contains(real, p => p.Dress.ForwardedBy is not null);
        Assert.Contains(real, p => p.Dress.WebChrome);
        Assert.Contains(real, p => p.Dress.Head == PlanHead.Title && !p.Dress.WebChrome);
        Assert.All(real.Where(p => p.Dress.ForwardedBy is not null), p => Assert.Same(p.Jurisdiction, p.Dress.ForwardedBy!.Parent));
    }

    [Fact]
    public void GeneratedFiles_InPipeRowTables_HaveRowsWithoutTheirTaskCellAndRowsWithoutTheirUnitCell()
    {
        var files = fixture.Corpus.Files.Where(f => f.Plan.Layout == PlanLayout.PipeRowTable && !f.Plan.Dress.Traditional).Select(Decoded).ToList();

        // A continuation row opens with its item number, where a task's first row opens with 一、 or its 序号 and task.
        Assert.Contains(files, f => f.Split('\n').Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\.[^|]+ \| [^|]+ \|$")));
        Assert.Contains(files, f => f.Split('\n').Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\.[^|]+ \|$")));
    }

    [Fact]
    public void GeneratedFiles_InProseWithoutUnits_PrintNoUnitMarker()
    {
        var files = fixture.Corpus.Files.Where(f => f.Plan.Layout is PlanLayout.NumberedProse or PlanLayout.Outline && !f.Plan.Dress.Traditional).ToList();
        Assert.NotEmpty(files);
        foreach (var text in files.Select(Decoded))
            Assert.All(new[] { "责任单位：", "牵头负责）", "分别负责）", "负责落实）", "配合）", "牵头落实）" }, marker => Assert.DoesNotContain(marker, text, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneratedFiles_InNumberedProse_SometimesStateTheDeadlineInTheText()
    {
        Assert.Contains(fixture.Corpus.Plans.Where(p => p.Layout == PlanLayout.NumberedProse).SelectMany(p => p.Requirements),
            r => r.Text.EndsWith($"，于{r.Deadline}完成。", StringComparison.Ordinal));
    }

    private static string Decoded(GeneratedFile file)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return (file.Plan.Dress.Gb18030 ? System.Text.Encoding.GetEncoding("GB18030") : System.Text.Encoding.UTF8).GetString(file.Content);
    }

    [Fact]
    public void Generate_SameSeed_WritesTheSameBytes()
    {
        var again = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(GeneratedCorpusFixture.Plans, GeneratedCorpusFixture.Seed);

        Assert.Equal(fixture.Corpus.Files.Select(f => f.Plan.FileName), again.Files.Select(f => f.Plan.FileName));
        Assert.Equal(fixture.Corpus.Files.Select(f => f.Content), again.Files.Select(f => f.Content));
    }

    [Fact]
    public void Generate_OtherSeed_WritesOtherPlans()
    {
        var other = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(GeneratedCorpusFixture.Plans, GeneratedCorpusFixture.Seed + 1);

        Assert.NotEqual(fixture.Corpus.Plans.Select(p => p.Id), other.Plans.Select(p => p.Id));
    }

    [Fact]
    public void Generate_MoreThanTheCatalogHolds_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(CorpusGenerator.MaxPlans + 1, 1));
    }
}
