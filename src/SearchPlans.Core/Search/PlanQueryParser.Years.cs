using System.Text.RegularExpressions;
using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

// A year a researcher types (2022, 2022年, 2022年政策解读) means the plans of that year: a plan's year is in its
// title, never in its requirements' text, so read as words it found nothing but the requirements that cite the year.
internal sealed partial class PlanQueryParser
{
    private const int MaxYearNotes = 3;

    // The whole term a year: 2022, 2022年, 2022年度.
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*(?:年度?)?$")]
    private static partial Regex YearTerm();

    // A term opening with a year and going on with what it is about (2022年政策解读). Not a date or a deadline:
    // 2022年底前, 2022年6月, 2022年以来 and 2022年第一季度 are the text's own words.
    [GeneratedRegex(@"^(?<typed>(?<year>(?:19|20)\d{2})\s*年度?)\s*(?<rest>(?![底末前内以上下中初起第至到全\d０-９一二三四五六七八九十])\p{IsCJKUnifiedIdeographs}.*)$")]
    private static partial Regex YearOpening();

    // The term's query when it is, or opens with, a year; null otherwise.
    private Query? YearTermQueryOf(string text)
    {
        if (YearTerm().Match(text) is { Success: true } whole)
            return YearQuery(text, whole.Groups["year"].Value);
        if (YearOpening().Match(text) is not { Success: true } opening)
            return null;
        var year = YearQuery(opening.Groups["typed"].Value, opening.Groups["year"].Value);
        var rest = TermQueryOf(opening.Groups["rest"].Value);
        return new BooleanQuery { { year, Occur.MUST }, { rest, Occur.MUST } };
    }

    // The plans of the year, or a requirement whose text says it as typed; the snippet marks only the latter.
    private Query YearQuery(string typed, string year)
    {
        var saying = BigramForm(IndexFields.TextBigrams, typed, thin: false);
        if (mode == ReadingMode.Highlight)
            return saying ?? new BooleanQuery();
        // Said once a year, and for a few years at most: a query of many years is said by its first.
        var said = context.Notes.Where(n => n.Kind == QueryNoteKind.YearAsPlans).ToList();
        if (mode == ReadingMode.Match && said.Count < MaxYearNotes && !said.Any(n => n.Arguments[0] == typed))
            context.Notes.Add(new QueryNote(QueryNoteKind.YearAsPlans, typed, year));
        var either = new BooleanQuery(disableCoord: true) { { Boosted(FilterQueries.Year(year), RankingWeights.Place), Occur.SHOULD } };
        if (saying is not null)
            either.Add(saying, Occur.SHOULD);
        return either;
    }
}
