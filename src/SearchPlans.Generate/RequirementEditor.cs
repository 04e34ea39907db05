using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchPlans.Generate;

/// <summary>
/// Edits a requirement text the way a plan edits the one it copies: years moved to the plan's year, places
/// localised, and at random a clause dropped or added, two sentences swapped, a number or month changed.
/// An edit that would make the text unreadable as one requirement is not applied.
/// </summary>
internal sealed partial class RequirementEditor(Random random)
{
    private static readonly string[] AddedClauses =
    [
        "，确保各项工作落实到位", "，及时向社会公开工作进展", "，主动接受社会监督", "，切实提升公开实效",
        "，做好政策解读和舆情回应", "，加强统筹协调和督促检查", "，定期开展自查整改", "，推动形成长效机制",
        "，进一步提高公开质量", "，方便群众查询获取",
    ];

    [GeneratedRegex(@"(20[12]\d)(\s*)年")]
    private static partial Regex Year();

    [GeneratedRegex(@"(\d{1,2})(个工作日|日内|天内|个月|月底|月前)")]
    private static partial Regex SmallNumber();

    /// <summary>The edited text and the names of the edits applied.</summary>
    public (string Text, List<string> Edits) Edit(string text, SeedPlaces from, CatalogEntry to, int fromYear, int toYear, double intensity)
    {
        var edits = new List<string>();
        var result = Apply(text, t => PlaceLocalizer.Localize(t, from, to), "localised", edits);
        if (fromYear != toYear)
            result = Apply(result, t => Year().Replace(t, m => Shift(m, toYear - fromYear)), "years", edits);
        if (random.NextDouble() < 0.3 * intensity)
            result = Apply(result, ChangeNumber, "number", edits);
        if (random.NextDouble() < 0.25 * intensity)
            result = Apply(result, DropClause, "clause-dropped", edits);
        if (random.NextDouble() < 0.2 * intensity)
            result = Apply(result, AddClause, "clause-added", edits);
        if (random.NextDouble() < 0.15 * intensity)
            result = Apply(result, SwapSentences, "sentences-reordered", edits);
        return (result, edits);
    }

    private static string Apply(string text, Func<string, string> edit, string name, List<string> edits)
    {
        var edited = edit(text);
        if (edited == text || !SafeText.IsSafe(edited))
            return text;
        edits.Add(name);
        return edited;
    }

    private static string Shift(Match m, int by)
    {
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + by;
        return year.ToString(CultureInfo.InvariantCulture) + m.Groups[2].Value + "年";
    }

    private string ChangeNumber(string text)
    {
        var matches = SmallNumber().Matches(text);
        if (matches.Count == 0)
            return text;
        var m = matches[random.Next(matches.Count)];
        var value = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var changed = m.Groups[2].Value is "月底" or "月前" ? random.Next(1, 13) : Math.Max(1, value + random.Next(-2, 6));
        return text[..m.Index] + changed.ToString(CultureInfo.InvariantCulture) + m.Groups[2].Value + text[(m.Index + m.Length)..];
    }

    private string DropClause(string text)
    {
        var clauses = text.Split('，');
        if (clauses.Length < 3)
            return text;
        // Never the first clause (it names the task) nor the last (it carries the sentence end).
        var drop = random.Next(1, clauses.Length - 1);
        return string.Join("，", clauses.Where((_, i) => i != drop));
    }

    private string AddClause(string text)
    {
        var end = text.LastIndexOf('。');
        if (end <= 0)
            return text;
        return text[..end] + AddedClauses[random.Next(AddedClauses.Length)] + text[end..];
    }

    private string SwapSentences(string text)
    {
        var sentences = text.Split('。', StringSplitOptions.RemoveEmptyEntries);
        if (sentences.Length < 2 || !text.EndsWith('。'))
            return text;
        var i = random.Next(sentences.Length - 1);
        (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
        return string.Join("。", sentences) + "。";
    }
}
