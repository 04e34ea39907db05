using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// What a file's name says about a plan whose text does not say it (a table cut from its page, an outline without
/// its title): a year, and a place, written in Chinese (台山市2021年政务公开工作任务分工.docx) or in pinyin with its
/// level (taishan-county-2021.txt), found in the bundled list of China's divisions.
/// </summary>
internal static partial class FileNameHints
{
    [GeneratedRegex(@"(?<!\d)(19[89]\d|20\d\d)(?!\d)")]
    private static partial Regex Year();

    private static readonly Dictionary<string, AdminLevel[]> LevelWords = new()
    {
        ["national"] = [AdminLevel.National],
        ["province"] = [AdminLevel.Province],
        ["city"] = [AdminLevel.City],
        ["county"] = [AdminLevel.County, AdminLevel.District],
        ["district"] = [AdminLevel.District, AdminLevel.County],
    };

    public static int? YearOf(string fileName) =>
        Year().Match(Path.GetFileNameWithoutExtension(fileName)) is { Success: true } m ? DigitText.Parse(m.Value) : null;

    public static Jurisdiction? JurisdictionOf(string fileName, PlanHead emptyHead)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (Regex.IsMatch(stem, @"\p{IsCJKUnifiedIdeographs}"))
        {
            var named = JurisdictionReader.Read(emptyHead, stem, stem);
            return named.Level == AdminLevel.Unknown ? null : named;
        }
        var words = Regex.Split(stem.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0).ToList();
        var levelAt = words.FindIndex(LevelWords.ContainsKey);
        if (levelAt <= 0)
            return null;
        var slug = string.Concat(words.Take(levelAt));
        foreach (var level in LevelWords[words[levelAt]])
        {
            var matches = PlaceList.WithSlug(slug).Where(p => p.Level == level).ToList();
            if (matches.Count == 1)
            {
                var (city, county) = EnclosingPlaces.Around(matches[0].Name, matches[0].Level, null, null, matches[0].Province);
                return new Jurisdiction(matches[0].Name, matches[0].Level, matches[0].Province, city, county);
            }
        }
        return null;
    }
}
