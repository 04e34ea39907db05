using System.Globalization;
using System.Resources;

namespace SearchPlans.Web.Localization;

/// <summary>
/// The interface's words. Each is written in English, which is also its key; Text.zh-CN.resx gives the Chinese the
/// pages show by default. Views read them through ASP.NET Core's <c>IStringLocalizer&lt;Text&gt;</c>; code that
/// names things outside a view (labels, messages) through <see cref="Get"/>, from the same resources and the
/// request's culture.
/// </summary>
public sealed class Text
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    /// <summary>The words in the current UI culture; English (the key itself) where no translation exists.</summary>
    public static string Get(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>A translated format string filled in with the current culture.</summary>
    public static string Format(string english, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(english), arguments);
}
