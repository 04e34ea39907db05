using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchPlans.Ingest.Formats.Office;

/// <summary>
/// The labels Word's automatic numbering prints before a paragraph (一、（一）1.), which are not in the paragraph's
/// text but carry the plan's outline. Counters run per list and level, and a level restarts those below it.
/// </summary>
internal sealed partial class ListNumbering(Numbering? numbering)
{
    [GeneratedRegex(@"%([1-9])")]
    private static partial Regex Placeholder();

    private readonly Dictionary<(int List, int Level), int> _counters = [];

    public string Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        if (numbering is null || properties?.NumberingId?.Val?.Value is not { } list || list == 0)
            return "";
        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        if (Levels(list) is not { } levels)
            return "";
        _counters[(list, level)] = _counters.TryGetValue((list, level), out var n) ? n + 1 : Start(levels, level);
        foreach (var deeper in _counters.Keys.Where(k => k.List == list && k.Level > level).ToList())
            _counters.Remove(deeper);
        if (Level(levels, level) is not { } definition || definition.LevelText?.Val?.Value is not { } template
            || definition.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            return "";
        return Placeholder().Replace(template, m =>
        {
            var at = m.Groups[1].Value[0] - '1';
            var value = _counters.GetValueOrDefault((list, at), Start(levels, at));
            return Format(value, Level(levels, at)?.NumberingFormat?.Val?.Value);
        });
    }

    private List<Level>? Levels(int list)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(i => i.NumberID?.Value == list);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        return numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?.Elements<Level>().ToList();
    }

    private static Level? Level(List<Level> levels, int level) => levels.FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int Start(List<Level> levels, int level) => Level(levels, level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.IdeographDigital || format == NumberFormatValues.TaiwaneseCounting)
            return value is >= 1 and <= 99 ? Outline.ChineseNumeral.Of(value) : value.ToString(CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese)
            return value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
            return value is >= 1 and <= 26 ? ((char)((format == NumberFormatValues.LowerLetter ? 'a' : 'A') + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.None)
            return "";
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
