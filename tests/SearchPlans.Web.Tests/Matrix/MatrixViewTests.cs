using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Links.Clusters;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Markup;
using SearchPlans.Web.Matrix;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Matrix;

/// <summary>
/// The matrix page showed each cell's number by looking it up in its plan, which read a served plan's whole body from
/// disk once per cell (issue 26): a view reads each column once, and words its cells once per language.
/// </summary>
public sealed class MatrixViewTests(SeedSite site) : IClassFixture<SeedSite>
{
    private TopicMatrix SeedMatrix(out Dictionary<string, ReadCountingRequirements> reads)
    {
        var snapshot = site.Services.GetRequiredService<CorpusSession>().Latest;
        (var plans, reads) = ReadCountingRequirements.Wrap(snapshot.Corpus.Plans.Select(p => p with { Requirements = [.. p.Requirements] }));
        return TopicMatrixBuilder.Build(plans, LinksByRequirement.Of(snapshot.Counterparts), minPlans: 1);
    }

    [Fact]
    public void Of_PlansThatReadTheirRequirementsFromDisk_ReadsEachColumnOnceForAllItsCells()
    {
        var matrix = SeedMatrix(out var reads);
        var before = reads.ToDictionary(r => r.Key, r => r.Value.Reads);
        var cells = matrix.Plans.ToDictionary(p => p.Id, p => matrix.Rows.Count(r => r.Cells.Single(c => c.PlanId == p.Id).State != CellState.Gap));
        Assert.True(cells.Values.Max() > 2, "no plan has enough cells for reading per cell to show");

        var view = MatrixView.Of(matrix);

        // Once for the view; once more, once in the plan's life, where the plan prints no numbers and its labels are its paragraphs' places.
        Assert.All(matrix.Plans, p => Assert.InRange(reads[p.Id].Reads - before[p.Id], 0, p.Requirements.Any(r => r.Number is null) ? 2 : 1));
        foreach (var row in matrix.Rows)
            for (var i = 0; i < matrix.Plans.Count; i++)
                foreach (var id in row.Cells[i].RequirementIds)
                    Assert.Equal(Labels.Number(matrix.Plans[i], matrix.Plans[i].Requirements.Single(r => r.Id == id)), view.Number(matrix.Plans[i], id));
    }

    [Fact]
    public void Number_RequirementTheColumnDoesNotHold_IsADash()
    {
        var view = MatrixView.Of(SeedMatrix(out _));

        Assert.Equal("—", view.Number(view.Matrix.Plans[0], "no-such-requirement"));
    }

    [Fact]
    public void Cells_AskedAgainInALanguage_AreWordedOnceAndKeptForAtMostTheLanguagesTheAppOffers()
    {
        var view = MatrixView.Of(SeedMatrix(out _));
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var chinese = In("zh-CN", view.Cells);
            Assert.Same(chinese, In("zh-CN", view.Cells));
            var english = In("en", view.Cells);
            Assert.NotSame(chinese, english);
            Assert.Equal(Worded(view, "en"), english.Select(r => r.Select(c => c.Title)));
            Assert.Equal(Worded(view, "zh-CN"), chinese.Select(r => r.Select(c => c.Title)));

            // Cultures the request localization would never pick are still worded, and not kept.
            foreach (var other in new[] { "fr", "de", "ja", "ru", "es", "ko" })
                In(other, view.Cells);
            Assert.InRange(view.LanguagesWorded, 2, InterfaceLanguage.Supported.Count * InterfaceLanguage.Supported.Count);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    private static IEnumerable<IEnumerable<string>> Worded(MatrixView view, string language) =>
        In(language, () => view.Matrix.Rows.Select(r => r.Cells.Select((c, i) => MatrixCellView.Of(c, view.Matrix.Plans[i], view).Title).ToList()).ToList());

    private static T In<T>(string language, Func<T> read)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        return read();
    }
}
