using System.CommandLine;
using System.Globalization;

namespace SearchPlans.Cli.Localization;

/// <summary>
/// Which language the text output is in: Chinese unless English is asked for, by --lang or by the locale the
/// environment names (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; else the system's UI culture).
/// </summary>
internal static class InterfaceLanguage
{
    public static CultureInfo Chinese { get; } = new("zh-CN");

    public static CultureInfo English { get; } = new("en");

    /// <summary>Given anywhere on the command line, for every command.</summary>
    public static readonly Option<string?> Option = CreateOption();

    /// <summary>The language a locale names (zh_CN.UTF-8, en_US, zh-Hans, en), or null for one that names neither (C, POSIX).</summary>
    public static CultureInfo? Named(string? locale) => locale switch
    {
        null => null,
        _ when locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => Chinese,
        _ when locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) => English,
        _ => null,
    };

    /// <param name="variable">Reads an environment variable.</param>
    /// <param name="system">The system's UI culture, for a machine whose environment names no locale (Windows).</param>
    public static CultureInfo FromEnvironment(Func<string, string?> variable, CultureInfo system)
    {
        // The first variable set decides, even when it names a locale such as C.UTF-8 that is neither language.
        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(variable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return locale is not null ? Named(locale) ?? Chinese : Named(system.Name) ?? Chinese;
    }

    private static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "The language of the text output: zh (Chinese, the default) or en; JSON and CSV are the same in both",
            HelpName = "zh|en",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }
}
