using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Tests.Web.Localization;

/// <summary>
/// The words of a page that belong to the other language and come neither from the index's data (plan text, titles,
/// units, ids) nor from what the visitor typed: on an English page, every Chinese run; on a Chinese page, every Latin
/// word but the few every language shows.
/// </summary>
internal sealed partial class InterfaceText
{
    private static readonly ConcurrentDictionary<string, InterfaceText> ByIndex = new(StringComparer.Ordinal);

    private readonly string data;

    private InterfaceText(Corpus corpus) => data = DataOf(corpus);

    /// <summary>For the pages of the index in this folder, whose data is read once.</summary>
    public static InterfaceText Of(string indexPath) => ByIndex.GetOrAdd(indexPath, path => new InterfaceText(CorpusStore.Load(path)));

    /// <summary>Fetches a page of the site in English and in Chinese and fails on a word of the other language.</summary>
    public static async Task AssertBothLanguages(IndexedSite site, string url)
    {
        var text = Of(site.IndexPath);
        foreach (var language in (string[])["en", "zh-CN"])
        {
            using var client = site.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var html = await client.GetStringAsync(url);
            var foreign = language == "en" ? text.ChineseOutsideData(html, url) : text.EnglishOutsideData(html, url);
            Assert.True(foreign.Count == 0, $"{url} in {language} shows {string.Join(" | ", foreign)}");
        }
    }

    /// <param name="asked">The address or form fields the page answers, whose words are the visitor's.</param>
    public IReadOnlyList<string> ChineseOutsideData(string html, string asked)
    {
        var typed = Uri.UnescapeDataString(asked);
        return [.. ChineseRun().Matches(VisibleText(html)).Select(m => m.Value)
            .Where(run => !data.Contains(run, StringComparison.Ordinal) && !typed.Contains(run, StringComparison.Ordinal)).Distinct()];
    }

    /// <param name="asked">As for <see cref="ChineseOutsideData"/>.</param>
    public IReadOnlyList<string> EnglishOutsideData(string html, string asked)
    {
        var typed = Uri.UnescapeDataString(asked);
        return [.. LatinWord().Matches(VisibleText(html)).Select(m => m.Value)
            .Where(word => !Neutral.Contains(word) && !data.Contains(word, StringComparison.Ordinal) && !typed.Contains(word, StringComparison.Ordinal)).Distinct()];
    }

    // Words the interface shows in every language: the product's name, the export formats, and the query syntax's
    // operators and field names (a note reading 目标: as text lists the fields one may write).
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal)
    {
        "SearchPlans", "CSV", "JSON", "AND", "OR", "NOT",
        "text", "jurisdiction", "year", "level", "province", "unit", "lead", "section", "deadline", "number", "plan", "id",
    };

    /// <summary>
    /// The text a reader sees: no markup, scripts, styles, code samples (query syntax is the same in every language),
    /// elements marked as another language (the language switch) or as not to be translated (an address).
    /// </summary>
    private static string VisibleText(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        body = Hidden().Replace(body, " ");
        // What assistive technology reads and what a pointer shows is interface too.
        var spoken = string.Join(" ", SpokenAttribute().Matches(body).Select(m => m.Groups[1].Value));
        return WebUtility.HtmlDecode(Tag().Replace(body, " ") + " " + spoken);
    }

    /// <summary>Everything the pages take from the index rather than from the interface, one piece a line.</summary>
    private static string DataOf(Corpus corpus)
    {
        var all = new StringBuilder();
        void Add(string? piece) => all.Append(piece).Append('\n');
        foreach (var plan in corpus.Plans)
        {
            foreach (var piece in (string?[])[plan.Id, plan.Title, plan.Jurisdiction.Name, plan.Jurisdiction.Province, plan.Jurisdiction.City, plan.Jurisdiction.County, plan.DocNumber, plan.Issuer, plan.SourceName])
                Add(piece);
            foreach (var cited in plan.Cites)
            {
                Add(cited.Title);
                Add(cited.DocNumber);
            }
            foreach (var piece in plan.Remainder)
                Add(piece.Text);
            foreach (var attachment in plan.Attachments)
            {
                Add(attachment.Name);
                Add(attachment.Address);
            }
            foreach (var requirement in plan.Requirements)
            {
                foreach (var piece in (string?[])[requirement.Id, requirement.Text, requirement.UnitsText, requirement.Deadline, .. requirement.SectionPath, .. requirement.Criteria, .. requirement.Units.Select(u => u.Name)])
                    Add(piece);
            }
        }
        foreach (var link in corpus.Links)
            foreach (var evidence in link.Evidence)
                Add(evidence);
        foreach (var reference in corpus.References)
            Add(reference.Via);
        return all.ToString();
    }

    // A void element (an input) marked as another language is hidden alone, its placeholder with it.
    [GeneratedRegex("<input\\b[^>]*\\blang=\"[^\"]+\"[^>]*>|<(script|style|code|title)\\b.*?</\\1>|<[a-z]+[^>]*\\b(lang=\"[^\"]+\"|translate=\"no\")[^>]*>.*?</[a-z]+>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\b(?:aria-label|placeholder|title)=\"([^\"]*)\"")]
    private static partial Regex SpokenAttribute();

    [GeneratedRegex("[\\p{IsCJKUnifiedIdeographs}]+")]
    private static partial Regex ChineseRun();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
