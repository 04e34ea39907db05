using System.Globalization;
using SearchPlans.Localization;

namespace SearchPlans.Cli.Localization;

/// <summary>
/// The command line's words for people, in the language --lang or the environment chose (the current UI culture);
/// Text.zh-CN.resx gives the Chinese printed by default. JSON and CSV never pass here: their field names and values
/// are a contract.
/// </summary>
internal static class Text
{
    private static readonly InterfaceWords Words = new(typeof(Text));

    public static string Get(string english) => In(CultureInfo.CurrentUICulture, english);

    public static string In(CultureInfo culture, string english) => Words.In(culture, english);

    /// <summary>A translated format string filled in with invariant numbers, as every figure the command line prints is.</summary>
    public static string Format(string english, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(english), arguments);
}
