using System.Globalization;
using System.Resources;

namespace SearchPlans.Localization;

/// <summary>
/// The words an interface prints, keyed by their English: the resource files beside <c>resources</c> (Text.zh-CN.resx)
/// give each other language. A word with no translation prints in English rather than not at all.
/// </summary>
public sealed class InterfaceWords(Type resources)
{
    // Resource names are compiled case-insensitively (a second "related" beside "Related" is dropped), so they are
    // looked up the same way: a label asked for in either case finds its one translation.
    private readonly ResourceManager manager = new(resources.FullName!, resources.Assembly) { IgnoreCase = true };

    public string In(CultureInfo culture, string english) => manager.GetString(english, culture) ?? english;
}
