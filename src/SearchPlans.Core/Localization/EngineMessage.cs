using System.Globalization;

namespace SearchPlans.Localization;

/// <summary>
/// Something the engine tells a person (a file's warning or the reason it was refused, a mistake an evaluation found)
/// kept apart from any one language: its kind is its English template (the key <see cref="EngineWords"/> translates
/// it under) and its arguments are the file's or the corpus's own words, counts and ids, or other messages (a
/// format's name), so each interface words it for its reader.
/// </summary>
/// <param name="Template">The sentence in English with {0}, {1}… where the arguments go.</param>
/// <param name="Arguments">Strings, numbers (printed invariantly) or nested messages.</param>
public sealed record EngineMessage(string Template, IReadOnlyList<object> Arguments)
{
    public EngineMessage(string template, params object[] arguments) : this(template, (IReadOnlyList<object>)arguments)
    {
    }

    /// <summary>The line (or paragraph) of the file the message is about, if it is about one.</summary>
    public int? Line { get; init; }

    /// <summary>The message in English: what the JSON output and the engine's own exceptions say.</summary>
    public string English => EngineWords.Say(this, CultureInfo.InvariantCulture);

    public override string ToString() => English;

    /// <summary>A count with thousands separated (12,000), the same in every language.</summary>
    public static string Figure(double count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
