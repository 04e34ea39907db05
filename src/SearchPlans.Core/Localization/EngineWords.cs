using System.Globalization;
using SearchPlans.Pipeline;
using SearchPlans.Review;
using SearchPlans.Search;

namespace SearchPlans.Localization;

/// <summary>
/// The engine's messages people read, worded once for the command line and the web app alike: notes on how a query
/// was read (<see cref="QueryNote"/>), what reading a file had to say (<see cref="EngineMessage"/>), why a judgement
/// was refused and what a long step is doing. The English template is the key; EngineWords.zh-CN.resx gives the Chinese.
/// </summary>
public static class EngineWords
{
    private static readonly InterfaceWords Words = new(typeof(EngineWords));

    private const string OnLine = "line {0}: {1}";

    /// <summary>A note on a query in the language of <paramref name="culture"/>.</summary>
    public static string Say(QueryNote note, CultureInfo culture) =>
        Format(culture, QueryNoteEnglish.Template(note),
            QueryNoteEnglish.Arguments(note, Words.In(culture, QueryNoteEnglish.TermTemplate), Words.In(culture, QueryNoteEnglish.TermSeparator)));

    /// <summary>A note on a query in the current UI culture's language.</summary>
    public static string Say(QueryNote note) => Say(note, CultureInfo.CurrentUICulture);

    /// <summary>What reading a file said, in the language of <paramref name="culture"/>, its line first.</summary>
    public static string Say(EngineMessage message, CultureInfo culture)
    {
        var body = Format(culture, message.Template, [.. message.Arguments.Select(a => a is EngineMessage inner ? Say(inner, culture) : a)]);
        return message.Line is { } line ? Format(culture, OnLine, line, body) : body;
    }

    /// <summary>What reading a file said, in the current UI culture's language.</summary>
    public static string Say(EngineMessage message) => Say(message, CultureInfo.CurrentUICulture);

    /// <summary>Why a judgement cannot be recorded, in the current UI culture's language; null when it can.</summary>
    public static string? Say(JudgementCheck check) =>
        check.Reason is { } reason ? Format(CultureInfo.CurrentUICulture, reason, [.. check.Values ?? []]) : check.Problem;

    /// <summary>What a long step of the pipeline does, in the current UI culture's language.</summary>
    public static string Say(PipelineStep step) => step.Arguments.Count == 0
        ? Words.In(CultureInfo.CurrentUICulture, step.Description)
        : Format(CultureInfo.CurrentUICulture, step.Description, [.. step.Arguments]);

    // Figures print the same in every language: 1,234 and 0.5, as the engine's English has them.
    private static string Format(CultureInfo culture, string english, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Words.In(culture, english), arguments);
}
